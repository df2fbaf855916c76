import { Hono } from 'hono';
import { loadSessionUser } from './auth/session-middleware.js';
import type { AppDeps, AppEnv } from './http/app-env.js';
import { handleError, handleNotFound } from './http/error-handling.js';
import { mountStaticRoots } from './http/static-roots.js';
import { broadcastingAuthRoutes } from './routes/broadcasting-auth-routes.js';
import { dashboardRoutes } from './routes/dashboard-routes.js';
import { echoConfigRoutes } from './routes/echo-config-routes.js';
import { landingPageRoutes } from './routes/landing-page.js';
import { notificationRoutes } from './routes/notification-routes.js';
import { roomRoutes } from './routes/room-routes.js';
import { sessionRoutes } from './routes/session-routes.js';

/**
 * Builds the api's Hono app over its dependencies; no listening, no timers (see `startApi` for that).
 *
 * @example
 * const app = createApp(deps);
 * const response = await app.request('/api/users');
 */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use(loadSessionUser());
  app.get('/up', (c) => c.json({ health: 'OK' }));
  app.route('/', landingPageRoutes());
  app.route('/', sessionRoutes());
  app.route('/', broadcastingAuthRoutes());
  app.route('/', roomRoutes());
  app.route('/', notificationRoutes());
  app.route('/', dashboardRoutes());
  app.route('/', echoConfigRoutes());
  mountStaticRoots(app, deps.config.staticRoots, (message) => deps.logger.warn(message));
  app.onError(handleError);
  app.notFound(handleNotFound);
  return app;
}
