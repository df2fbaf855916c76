import type { ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from './app-env.js';

/** Every error becomes `{"error": "…"}` with its status; unexpected ones are logged and answered 500. */
export const handleError: ErrorHandler<AppEnv> = (error, c) => {
  if (error instanceof HTTPException) {
    return c.json({ error: error.message || 'Request failed.' }, error.status);
  }
  c.var.deps.logger.error({ err: error, path: c.req.path }, 'request failed');
  return c.json({ error: 'Server error.' }, 500);
};

/** Unknown routes: `{"error":"Not found."}` with 404. */
export const handleNotFound: NotFoundHandler<AppEnv> = (c) => c.json({ error: 'Not found.' }, 404);
