import { afterEach, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/index.js';

describe('startServer', () => {
  let server: RunningServer | undefined;
  afterEach(async () => server?.close());

  it('listens on a free port and answers the health check', async () => {
    server = await startServer({ port: 0 });
    expect(server.port).toBeGreaterThan(0);
    const response = await fetch(`${server.url}/up`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ health: 'OK' });
  });
});
