import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Options for {@link startServer}. */
export interface StartServerOptions {
  /** Interface to bind; default `127.0.0.1`. */
  host?: string;
  /** Port to bind; `0` picks a free one. Default `6001`. */
  port?: number;
}

/** A running server. */
export interface RunningServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the server and resolves once it listens.
 *
 * @example
 * const server = await startServer({ port: 0 });
 * console.log(server.url);
 * await server.close();
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const http = createServer((request, response) => {
    if (request.url === '/up') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"health":"OK"}');
      return;
    }
    response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not found"}');
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 6001, host, resolve);
  });
  const { port } = http.address() as AddressInfo;
  return {
    port,
    url: `http://${host}:${port}`,
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
}
