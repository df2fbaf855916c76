// Starts @echokit/server through its library API, for when the `echokit-server` CLI cannot yet take
// the bench app's credentials as flags. Prints the same ready line as the CLI.
import { startServer } from '@echokit/server';

const [id, key, secret] = process.argv.slice(2);
const server = await startServer({ host: '127.0.0.1', port: 0, apps: [{ id, key, secret }] });
console.log(`listening on ${server.url}`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
