import { fileURLToPath } from 'node:url';
import { type ServerUnderTest, spawnServer } from './server-process.js';

const script = fileURLToPath(new URL('./raw-ws-server.mjs', import.meta.url));

/** Parses the `listening on http://HOST:PORT` line our server and the floor both print. */
export function listeningUrl(line: string): string | undefined {
  return /^listening on (http:\/\/\S+)/.exec(line.trim())?.[1];
}

/** Starts the raw `ws` broadcast floor in its own process. */
export function startRawWs(): Promise<ServerUnderTest> {
  return spawnServer({ kind: 'raw-ws', command: process.execPath, args: [script], readyUrl: listeningUrl });
}
