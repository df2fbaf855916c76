/** A seeded user as `GET /api/users` and `GET /api/me` return it. */
export interface User {
  id: number;
  name: string;
  email: string;
  initials: string;
  color: string;
}

/** What the api puts in a notification's `data` (`TestNotification` and `UserNudged`). */
export interface NotificationData {
  title?: string;
  body?: string;
  /** The sender, on `UserNudged`. */
  from?: Pick<User, 'id' | 'name' | 'initials' | 'color'>;
  [key: string]: unknown;
}

/** A stored notification, shaped like Laravel's `DatabaseNotification` as JSON. */
export interface StoredNotification {
  id: string;
  /** The notification class, e.g. `App\Notifications\UserNudged`. */
  type: string;
  data: NotificationData;
  read_at: string | null;
  created_at: string;
}

/** `GET /api/echo-config`: options for the Echo client; `wsHost: null` means the page's hostname. */
export interface EchoConfig {
  broadcaster: 'reverb';
  key: string;
  wsHost: string | null;
  wsPort: number;
  wssPort: number;
  forceTLS: boolean;
  enabledTransports: Array<'ws' | 'wss'>;
  authEndpoint: string;
}

/** The notification classes the demo's api sends. */
export const NotificationTypes = {
  test: 'App\\Notifications\\TestNotification',
  nudge: 'App\\Notifications\\UserNudged',
} as const;
