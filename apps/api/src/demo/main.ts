import { ConfigError } from '../config.js';
import { startDemo } from './start-demo.js';

// `pnpm start` (and `pnpm dev` with `--dev`): the socket server and the api (serving the built apps) in one process, one URL to open.
const port = (name: string, fallback: number): number => {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65_535) {
    throw new ConfigError(`${name}: expected a port number, got "${value}"`);
  }
  return parsed;
};

try {
  const demo = await startDemo({
    serverPort: port('ECHOKIT_PORT', 6001),
    apiPort: port('API_PORT', 8000),
    apiEnv: process.env,
    devServers: process.argv.includes('--dev'),
  });
  console.log(`Echokit demo: open ${demo.url}`);
  console.log(`  socket server ws://127.0.0.1:${demo.serverPort} (app key "app-key"), stop with Ctrl-C`);
  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(1);
    stopping = true;
    void demo.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof ConfigError) console.error(error.message);
  else if (code === 'EADDRINUSE') console.error(`A port is already in use: ${(error as Error).message}`);
  else console.error(error);
  process.exit(1);
}
