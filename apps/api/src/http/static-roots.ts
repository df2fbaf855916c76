import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { proxy } from 'hono/proxy';
import type { AppEnv } from './app-env.js';

/**
 * Serves built front-end apps under URL prefixes, e.g. `{ '/chat': 'apps/chat/dist' }`: files by path,
 * and the folder's `index.html` for any other GET under the prefix (client-side routes). A folder that
 * does not exist yet is skipped with a warning, so the api runs before the apps are built.
 * A root that is a URL (`http://127.0.0.1:5173`) is a Vite dev server: requests under the prefix are
 * proxied to it, so `pnpm dev` keeps one origin with hot reload (Vite's HMR socket goes to its own port).
 */
export function mountStaticRoots(
  app: Hono<AppEnv>,
  roots: Record<string, string>,
  warn: (msg: string) => void,
) {
  for (const [prefix, dir] of Object.entries(roots)) {
    if (/^https?:\/\//.test(dir)) {
      const origin = dir.replace(/\/+$/, '');
      app.all(`${prefix}/*`, (c) =>
        proxy(`${origin}${new URL(c.req.url).pathname}${new URL(c.req.url).search}`, c.req),
      );
      app.get(prefix, (c) => c.redirect(`${prefix}/`, 301));
      continue;
    }
    const root = resolve(dir);
    if (!existsSync(join(root, 'index.html'))) {
      warn(`static root ${prefix} → ${root} has no index.html yet; not served`);
      continue;
    }
    const strip = (path: string) => path.slice(prefix.length) || '/';
    app.get(prefix, (c) => c.redirect(`${prefix}/`, 301));
    app.use(`${prefix}/*`, serveStatic({ root, rewriteRequestPath: strip }));
    app.get(`${prefix}/*`, serveStatic({ root, path: 'index.html' }));
  }
}
