import { getData, requestJson, type User } from '@echokit-demo/kit';
import type { StoredNotification } from './types.js';

/** One page of the inbox: newest first, with the server's unread count. */
export interface NotificationPage {
  data: StoredNotification[];
  meta: { unread_count: number };
}

/** The api calls this app makes; POSTs carry the current socket id as `X-Socket-ID`. */
export interface NotificationsApi {
  me(): Promise<User>;
  users(): Promise<User[]>;
  list(): Promise<NotificationPage>;
  markRead(id: string): Promise<StoredNotification>;
  markAllRead(): Promise<number>;
  sendTest(): Promise<StoredNotification>;
  nudge(userId: number, message: string): Promise<StoredNotification>;
}

/**
 * The api client. `socketId` is read at each POST, so it is the connection's current id after reconnects.
 *
 * @example
 * const api = createNotificationsApi(() => client.socketId());
 * await api.nudge(2, 'Lunch?');
 */
export function createNotificationsApi(socketId: () => string | undefined): NotificationsApi {
  const post = <T>(path: string, body?: unknown) =>
    getData<T>(path, { method: 'POST', body, socketId: socketId() });
  return {
    me: () => getData<User>('/api/me'),
    users: () => getData<User[]>('/api/users'),
    list: () => requestJson<NotificationPage>('/api/notifications'),
    markRead: (id) => post<StoredNotification>(`/api/notifications/${encodeURIComponent(id)}/read`),
    markAllRead: async () => (await post<{ updated: number }>('/api/notifications/read-all')).updated,
    sendTest: () => post<StoredNotification>('/api/notifications/test'),
    nudge: (userId, message) =>
      post<StoredNotification>('/api/notifications/nudge', message ? { userId, message } : { userId }),
  };
}
