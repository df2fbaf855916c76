import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Adapter } from '../adapter/adapter.js';
import type { AppRegistry } from '../config/app-registry.js';
import type { Logger } from '../logger.js';

/** What the HTTP API needs from the rest of the server. */
export interface HttpDependencies {
  apps: AppRegistry;
  adapter: Adapter;
  logger: Logger;
}

/** A node `http` request listener. */
export type HttpHandler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Builds the HTTP side of the server: `/up` and the Pusher HTTP API.
 * (Placeholder until the HTTP API lands: only `/up`.)
 */
export function createHttpHandler(_deps: HttpDependencies): HttpHandler {
  return (request, response) => {
    if (request.url === '/up') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"health":"OK"}');
      return;
    }
    response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not found"}');
  };
}
