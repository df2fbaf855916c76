import type { ConnectionStatus as EchoConnectionStatus } from 'laravel-echo';
import type { ConnectionStatus } from './connection-status.js';
import type { BroadcastNotification } from './event-map.js';

/** laravel-echo's `ConnectionStatus`: what `useConnectionStatus` returns in @laravel/echo-react/vue. */
export type LaravelConnectionStatus = EchoConnectionStatus;

/**
 * Echokit's status in laravel-echo's `ConnectionStatus` terms (what `useConnectionStatus` returns in
 * @laravel/echo-react/vue). Unlike Echo's own pusher mapping, a retrying connection is `reconnecting`, not
 * `failed`, and `idle` (nothing created yet) reads as `disconnected`.
 *
 * @example
 * toLaravelStatus('reconnecting') // 'reconnecting'
 */
export function toLaravelStatus(status: ConnectionStatus): LaravelConnectionStatus {
  return status === 'idle' ? 'disconnected' : status;
}

/** The event laravel-echo's `.notification()` listens for. */
export const NOTIFICATION_EVENT = '.Illuminate\\Notifications\\Events\\BroadcastNotificationCreated';

/**
 * True when a notification's `type` is one of `types` (either `App.Notifications.X` or `App\\Notifications\\X`
 * spelling), or `types` is empty — the filter @laravel/echo-react's `useEchoNotification` applies.
 */
export function matchesNotificationType(
  notification: BroadcastNotification,
  types: readonly string[],
): boolean {
  if (types.length === 0) return true;
  const wanted = new Set(types.flatMap((type) => [type.replace(/\./g, '\\'), type.replace(/\\/g, '.')]));
  return wanted.has(notification.type);
}

/** Laravel's model broadcasting events (`BroadcastsEvents`). */
export type ModelEventName =
  | 'Retrieved'
  | 'Creating'
  | 'Created'
  | 'Updating'
  | 'Updated'
  | 'Saving'
  | 'Saved'
  | 'Deleting'
  | 'Deleted'
  | 'Trashed'
  | 'ForceDeleting'
  | 'ForceDeleted'
  | 'Restoring'
  | 'Restored'
  | 'Replicating';

/**
 * The private channel a model broadcasts on: `App.Models.Post` + `7` → `App.Models.Post.7`.
 */
export function modelChannelName(model: string, id: string | number): string {
  return `${model}.${id}`;
}

/**
 * Model event names as Echo must listen to them (raw, with a leading dot): `'PostUpdated'` → `'.PostUpdated'`.
 * Accepts names with or without the dot, like @laravel/echo-react's `useEchoModel`.
 */
export function modelEventNames(events: string | readonly string[]): string[] {
  return (typeof events === 'string' ? [events] : [...events]).map((e) => (e.startsWith('.') ? e : `.${e}`));
}
