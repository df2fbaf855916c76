import { ConfigError, loadConfig } from './config.js';
import { startApi } from './start-api.js';

// `pnpm start` / `pnpm dev`: configuration from the environment, stop on SIGINT/SIGTERM.
try {
  const api = await startApi({ config: loadConfig(process.env) });
  console.log(`api listening on ${api.url}`);
  const stop = () => void api.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
