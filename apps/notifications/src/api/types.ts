import type { StoredNotification as ApiStoredNotification, PresenceUserInfo } from '@echokit-demo/kit';

/** What the api puts in a notification's `data` (`TestNotification` and `UserNudged`). */
export interface NotificationData {
  title?: string;
  body?: string;
  /** The sender, on `UserNudged`. */
  from?: PresenceUserInfo;
  [key: string]: unknown;
}

/** A stored notification (the api's shape), with `data` as this app reads it. */
export interface StoredNotification extends Omit<ApiStoredNotification, 'data'> {
  data: NotificationData;
}

/** The notification classes the demo's api sends. */
export const NotificationTypes = {
  test: 'App\\Notifications\\TestNotification',
  nudge: 'App\\Notifications\\UserNudged',
} as const;
