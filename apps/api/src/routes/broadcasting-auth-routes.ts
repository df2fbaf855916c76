import { Hono } from 'hono';
import { z } from 'zod';
import { SOCKET_ID_PATTERN } from '../broadcasting/socket-id.js';
import { authorizeChannel } from '../channels/authorize-channel.js';
import type { AppEnv } from '../http/app-env.js';
import { parseInput, readBody } from '../http/request-input.js';
import { publicProfile } from '../models/user.js';

const socketId = z.string().regex(SOCKET_ID_PATTERN, 'expected "<digits>.<digits>"');

const authInput = z.object({
  socket_id: socketId,
  channel_name: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9_\-=@,.;]+$/, 'has characters a channel name cannot have'),
});

/**
 * `POST /broadcasting/auth`, Laravel's channel authorisation endpoint for pusher-js / laravel-echo:
 * form or JSON `socket_id` + `channel_name` → `{auth}` (private) or `{auth, channel_data}` (presence);
 * refused (guest, no rule, rule said no) → 403 as Laravel does. Also `POST /broadcasting/user-auth`
 * for pusher-js user sign-in → `{auth, user_data}`.
 */
export function broadcastingAuthRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post('/broadcasting/auth', async (c) => {
    const { db, signer, channelRules } = c.var.deps;
    const input = parseInput(authInput, await readBody(c));
    const outcome = authorizeChannel(
      { socketId: input.socket_id, channelName: input.channel_name, user: c.var.user },
      channelRules,
      db,
      signer,
    );
    if (!outcome.allowed) {
      const who = c.var.user ? c.var.user.name : 'a guest';
      return c.json({ error: `Forbidden: ${who} may not join ${input.channel_name}.` }, 403);
    }
    return c.json(outcome.body);
  });

  // Laravel's `/broadcasting/user-auth` (pusher-js `signin()`), with what this app would return from
  // `Broadcast::resolveAuthenticatedUserUsing`: the id as a string plus the public profile.
  routes.post('/broadcasting/user-auth', async (c) => {
    const input = parseInput(z.object({ socket_id: socketId }), await readBody(c));
    const user = c.var.user;
    if (!user) return c.json({ error: 'Forbidden: sign in first.' }, 403);
    const { id, ...info } = publicProfile(user);
    return c.json(c.var.deps.signer.signUser(input.socket_id, { id: String(id), user_info: info }));
  });
  return routes;
}
