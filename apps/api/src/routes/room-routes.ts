import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { sendMessage } from '../actions/send-message.js';
import { currentUser, requireUser } from '../auth/session-middleware.js';
import { socketIdFromHeader } from '../broadcasting/socket-id.js';
import type { AppEnv } from '../http/app-env.js';
import { parseInput, readBody } from '../http/request-input.js';
import { listMessages } from '../models/message.js';
import { isRoomMember, listRooms, roomExists } from '../models/room.js';

const roomParam = z.coerce.number().int().positive();

const messagesQuery = z.object({
  after_id: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const messageInput = z.object({
  body: z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters'),
  client_id: z.string().min(1).max(64).optional(),
});

/** The room from the path, after checking it exists (404) and the user belongs to it (403). */
function memberRoom(c: Context<AppEnv>): number {
  const roomId = parseInput(roomParam, c.req.param('roomId'));
  const { db } = c.var.deps;
  if (!roomExists(db, roomId)) throw new HTTPException(404, { message: `No room ${roomId}.` });
  if (!isRoomMember(db, roomId, currentUser(c).id)) {
    throw new HTTPException(403, { message: `You are not a member of room ${roomId}.` });
  }
  return roomId;
}

/** Rooms and their messages: list, resync with `?after_id=`, and send (stored, then broadcast). */
export function roomRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/api/rooms', requireUser());
  routes.use('/api/rooms/*', requireUser());

  routes.get('/api/rooms', (c) => c.json({ data: listRooms(c.var.deps.db, currentUser(c).id) }));

  routes.get('/api/rooms/:roomId/messages', (c) => {
    const roomId = memberRoom(c);
    const query = parseInput(messagesQuery, c.req.query());
    return c.json({
      data: listMessages(c.var.deps.db, roomId, { afterId: query.after_id, limit: query.limit }),
    });
  });

  routes.post('/api/rooms/:roomId/messages', async (c) => {
    const roomId = memberRoom(c);
    const socketId = socketIdFromHeader(c.req.header('x-socket-id'));
    const input = parseInput(messageInput, await readBody(c));
    const message = await sendMessage(
      c.var.deps,
      currentUser(c),
      { roomId, body: input.body, clientId: input.client_id },
      socketId,
    );
    return c.json({ data: message }, 201);
  });

  return routes;
}
