import { startEchokit } from './echokit.js';
import { startLaravelEchoServer } from './laravel-echo-server.js';
import { startRawWs } from './raw-ws.js';
import type { ServerKind, ServerUnderTest } from './server-process.js';

/** Starts one server under test of the given kind. */
export function startServerUnderTest(kind: ServerKind): Promise<ServerUnderTest> {
  switch (kind) {
    case 'echokit':
      return startEchokit();
    case 'raw-ws':
      return startRawWs();
    case 'laravel-echo-server':
      return startLaravelEchoServer();
  }
}

/** Runs `body` against a fresh server and always stops the server after. */
export async function withServer<T>(
  kind: ServerKind,
  body: (server: ServerUnderTest) => Promise<T>,
): Promise<T> {
  const server = await startServerUnderTest(kind);
  try {
    return await body(server);
  } finally {
    await server.stop();
  }
}

/** The wire protocol the generator must speak to a server. */
export function protocolOf(kind: ServerKind): 'pusher' | 'socketio' {
  return kind === 'laravel-echo-server' ? 'socketio' : 'pusher';
}
