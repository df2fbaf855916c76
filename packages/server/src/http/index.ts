import type { IncomingMessage, ServerResponse } from 'node:http';
import FindMyWay from 'find-my-way';
import type { Adapter } from '../adapter/adapter.js';
import type { AppRegistry } from '../config/app-registry.js';
import type { Logger } from '../logger.js';
import { badRequest, errorResponse, forbidden, notFound, sendJson } from './errors.js';
import { parseQuery } from './query.js';
import { readBody, requestBodyLimit } from './read-body.js';
import type { ApiRoute } from './route.js';
import { apiRoutes } from './routes/index.js';
import { verifyBodyMd5, verifyQuerySignature } from './verify-signature.js';

/** What the HTTP API needs from the rest of the server. */
export interface HttpDependencies {
  apps: AppRegistry;
  adapter: Adapter;
  logger: Logger;
  /** The clock signatures are checked against, in seconds; tests may pin it. Default: `Date.now() / 1000`. */
  nowSeconds?: () => number;
}

/** A node `http` request listener. */
export type HttpHandler = (request: IncomingMessage, response: ServerResponse) => void;

type Endpoint = { kind: 'health' } | { kind: 'api'; route: ApiRoute };

/**
 * Builds the HTTP side of the server: `GET /up` and the signed Pusher HTTP API under `/apps/{id}/…`.
 * Every answer is JSON; every refusal is `{ "error": "…" }` with its status (400, 401, 403, 404, 413).
 *
 * @example
 * const handler = createHttpHandler({ apps, adapter, logger });
 * createServer(handler).listen(6001);
 */
export function createHttpHandler(deps: HttpDependencies): HttpHandler {
  const router = FindMyWay({ ignoreTrailingSlash: true, maxParamLength: 500 });
  router.on('GET', '/up', () => {}, { kind: 'health' } satisfies Endpoint);
  for (const route of apiRoutes) {
    router.on(route.method, `/apps/:appId${route.path}`, () => {}, { kind: 'api', route } satisfies Endpoint);
  }
  const now = deps.nowSeconds ?? (() => Date.now() / 1000);

  return (request, response) => {
    handle(request, response).catch((error: unknown) => {
      const { status, body } = errorResponse(error, deps.logger);
      // A refused API call is most often a misconfigured app (wrong secret, clock skew): say why in the log.
      if (status < 500)
        deps.logger.info({ method: request.method, path: request.url?.split('?')[0], status }, body.error);
      if (response.headersSent) {
        response.destroy();
        return;
      }
      // A refused body may still be arriving: close the connection rather than read it.
      if (status === 413) response.setHeader('connection', 'close');
      sendJson(response, status, body);
    });
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = request.url ?? '/';
    const queryStart = url.indexOf('?');
    const path = queryStart === -1 ? url : url.slice(0, queryStart);
    const found = router.find(request.method === 'HEAD' ? 'GET' : (request.method as 'GET'), path);
    if (!found) throw notFound(`No route for ${request.method} ${path}`);
    const endpoint = found.store as Endpoint;
    if (endpoint.kind === 'health') {
      sendJson(response, 200, { health: 'OK' });
      return;
    }
    const appId = found.params.appId ?? '';
    const app = deps.apps.findById(appId);
    if (!app) throw notFound(`No app with id "${appId}"`);
    const query = parseQuery(queryStart === -1 ? '' : url.slice(queryStart + 1));
    verifyQuerySignature(app, request.method ?? 'GET', path, query, now());
    if (!app.enabled) throw forbidden(`App "${app.id}" is disabled`);

    let body: unknown;
    if (endpoint.route.hasBody) {
      const raw = await readBody(request, requestBodyLimit(app));
      verifyBodyMd5(query, raw);
      body = parseJson(raw);
    }
    const answer = await endpoint.route.handle({
      app,
      params: found.params,
      query,
      body,
      adapter: deps.adapter,
    });
    sendJson(response, 200, answer);
  }
}

function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) return {};
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw badRequest('Request body is not valid JSON');
  }
}
