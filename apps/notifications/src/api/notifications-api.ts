import { requestJson } from './http-client.js';
import type { EchoConfig, StoredNotification, User } from './types.js';

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

/** Loads the Echo options the api publishes, before the app (and its Echo client) starts. */
export async function fetchEchoConfig(): Promise<EchoConfig> {
  return (await requestJson<{ data: EchoConfig }>('/api/echo-config')).data;
}

/**
 * The api client. `socketId` is read at each POST, so it is the connection's current id after reconnects.
 *
 * @example
 * const api = createNotificationsApi(() => client.socketId());
 * await api.nudge(2, 'Lunch?');
 */
export function createNotificationsApi(socketId: () => string | undefined): NotificationsApi {
  const post = async <T>(path: string, body?: unknown) =>
    (await requestJson<{ data: T }>(path, { method: 'POST', body, socketId: socketId() })).data;
  return {
    me: async () => (await requestJson<{ data: User }>('/api/me')).data,
    users: async () => (await requestJson<{ data: User[] }>('/api/users')).data,
    list: () => requestJson<NotificationPage>('/api/notifications'),
    markRead: (id) => post<StoredNotification>(`/api/notifications/${encodeURIComponent(id)}/read`),
    markAllRead: async () => (await post<{ updated: number }>('/api/notifications/read-all')).updated,
    sendTest: () => post<StoredNotification>('/api/notifications/test'),
    nudge: (userId, message) =>
      post<StoredNotification>('/api/notifications/nudge', message ? { userId, message } : { userId }),
  };
}
