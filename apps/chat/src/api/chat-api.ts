import { getData, type Message, type Room, type User } from '@echokit-demo/kit';

/** The signed-in user; an `ApiError` with status 401 when nobody is. */
export const fetchMe = () => getData<User>('/api/me');

/** Every room, with whether the user may enter it. */
export const fetchRooms = () => getData<Room[]>('/api/rooms');

/** The page size the api allows at most per request. */
export const MESSAGE_PAGE = 500;

/** A room's latest messages, or (with `afterId`) the first `limit` newer than it, ascending by id. */
export function fetchMessages(roomId: number, afterId?: number, signal?: AbortSignal): Promise<Message[]> {
  const query = new URLSearchParams({ limit: String(afterId === undefined ? 100 : MESSAGE_PAGE) });
  if (afterId !== undefined) query.set('after_id', String(afterId));
  return getData<Message[]>(`/api/rooms/${roomId}/messages?${query}`, { signal });
}

/** Stores and broadcasts a message to everyone but `socketId`. */
export function postMessage(
  roomId: number,
  input: { body: string; clientId: string },
  socketId: string | undefined,
): Promise<Message> {
  return getData<Message>(`/api/rooms/${roomId}/messages`, {
    method: 'POST',
    body: { body: input.body, client_id: input.clientId },
    socketId,
  });
}
