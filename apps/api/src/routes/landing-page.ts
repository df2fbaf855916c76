import { Hono } from 'hono';
import { html } from 'hono/html';
import type { AppEnv } from '../http/app-env.js';
import { listUsers, type User } from '../models/user.js';

const APPS = [
  { path: '/chat/', name: 'Chat', blurb: 'Rooms, presence, typing, no lost messages (React)' },
  { path: '/notifications/', name: 'Notifications', blurb: 'Per-user private channel, unread badge (Vue)' },
  { path: '/dashboard/', name: 'Dashboard', blurb: 'Live metrics on a public channel (Svelte)' },
] as const;

const avatar = (user: User) =>
  html`<span class="avatar" style="background:${user.color}" aria-hidden="true">${user.initials}</span>`;

/** `GET /`: the demo's front door — who you are, a user picker, links to the three apps. */
export function landingPageRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/', (c) => {
    const me = c.var.user;
    const users = listUsers(c.var.deps.db);
    return c.html(html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Echokit demo</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f6f7fb; color: #1f2330; }
  main { max-width: 44rem; margin: 0 auto; padding: 2rem 1rem; }
  h1 { margin: 0 0 .25rem; } p.lead { margin-top: 0; color: #555b6e; }
  section { background: #fff; border-radius: 12px; padding: 1rem 1.25rem; margin: 1rem 0; box-shadow: 0 1px 3px #0001; }
  .avatar { display: inline-grid; place-items: center; width: 2rem; height: 2rem; border-radius: 50%;
    color: #fff; font-size: .8rem; font-weight: 600; margin-right: .5rem; vertical-align: middle; }
  .users { display: flex; flex-wrap: wrap; gap: .5rem; }
  .users button { display: flex; align-items: center; border: 1px solid #d9dce6; background: #fff;
    border-radius: 999px; padding: .25rem .75rem .25rem .25rem; font: inherit; cursor: pointer; }
  .users button[aria-pressed="true"] { border-color: #4f46e5; box-shadow: 0 0 0 2px #4f46e533; }
  ul.apps { list-style: none; padding: 0; margin: 0; display: grid; gap: .5rem; }
  ul.apps a { display: block; padding: .75rem 1rem; border-radius: 8px; background: #eef0fb; color: inherit;
    text-decoration: none; } ul.apps a:hover { background: #e2e5f8; } ul.apps small { color: #555b6e; }
  form.inline { display: inline; } .signout { border: 0; background: none; color: #4f46e5; cursor: pointer; font: inherit; }
</style>
</head>
<body>
<main>
  <h1>Echokit demo</h1>
  <p class="lead">A Laravel-style app on the bundled Pusher-protocol server. Open an app in two windows as two people.</p>
  <section aria-labelledby="who">
    <h2 id="who">${me ? html`Signed in as ${avatar(me)}<span data-testid="current-user">${me.name}</span>` : 'Not signed in'}</h2>
    ${
      me
        ? html`<form class="inline" method="post" action="/api/logout"><button class="signout">Sign out</button></form>`
        : html`<p>Pick someone to be:</p>`
    }
    <form method="post" action="/api/login" class="users">
      ${users.map(
        (user) =>
          html`<button name="userId" value="${user.id}" aria-pressed="${String(me?.id === user.id)}">${avatar(user)}${user.name}</button>`,
      )}
    </form>
  </section>
  <section aria-labelledby="apps">
    <h2 id="apps">Apps</h2>
    <ul class="apps">
      ${APPS.map((app) => html`<li><a href="${app.path}"><strong>${app.name}</strong><br><small>${app.blurb}</small></a></li>`)}
    </ul>
  </section>
</main>
</body>
</html>`);
  });
  return routes;
}
