import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';

/** `GET /api/dashboard`: the recent metrics series, public like the `dashboard` channel. */
export function dashboardRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/api/dashboard', (c) => c.json({ data: c.var.deps.metrics.snapshot() }));
  return routes;
}
