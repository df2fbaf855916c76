/**
 * Names of what the api broadcasts. Event names follow Laravel's default (the event class, no
 * `broadcastAs()`), so Echo's `listen('MessageSent')` finds them through its `App\Events` namespace.
 */
export const BroadcastEvents = {
  /** A chat message was stored; data `{ message, socket }` on `presence-chat.{roomId}`. */
  messageSent: 'App\\Events\\MessageSent',
  /** New dashboard metrics; data is one metrics point, on the public `dashboard` channel. */
  metricsUpdated: 'App\\Events\\MetricsUpdated',
  /** Laravel's notification event; Echo's `.notification(cb)` listens for exactly this name. */
  notificationCreated: 'Illuminate\\Notifications\\Events\\BroadcastNotificationCreated',
} as const;

/** Channel names, with the prefixes pusher-js subscribes with. */
export const BroadcastChannels = {
  /** A room's presence channel; rule `chat.{roomId}` in channel-rules.ts. */
  chatRoom: (roomId: number) => `presence-chat.${roomId}`,
  /** A user's private channel for notifications; rule `App.Models.User.{id}`. */
  user: (userId: number) => `private-App.Models.User.${userId}`,
  /** The public dashboard channel (no auth). */
  dashboard: 'dashboard',
  /** The prefix whose presence members count as the dashboard's active users. */
  chatPresencePrefix: 'presence-chat.',
} as const;
