import { createServer } from 'node:net';
import { LOOPBACK } from '../credentials.js';

/**
 * A loopback port free right now, for programs that cannot bind port 0 and report back
 * (laravel-echo-server parses its port with /\d{2,5}/; redis-server is told its port).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, LOOPBACK, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
