import { BroadcastChannels, BroadcastEvents } from '../broadcasting/events.js';
import type { AppDeps } from '../http/app-env.js';
import { failureReason } from '../logger.js';
import { createNotification, type StoredNotification } from '../models/notification.js';

/** The notification classes the demo sends (Laravel's `type`). */
export const NotificationTypes = {
  test: 'App\\Notifications\\TestNotification',
  nudge: 'App\\Notifications\\UserNudged',
} as const;

/**
 * Laravel's `$user->notify(...)` with `via() = ['database', 'broadcast']`: stores the notification, then
 * broadcasts `BroadcastNotificationCreated` on `private-App.Models.User.{id}` with the data plus `id` and
 * `type` (the payload Echo's `.notification()` hands to its callback). A failed broadcast is logged; the
 * stored notification still shows up in the list.
 */
export async function sendNotification(
  deps: AppDeps,
  userId: number,
  type: string,
  data: Record<string, unknown>,
): Promise<StoredNotification> {
  const notification = createNotification(deps.db, userId, type, data);
  try {
    await deps.broadcaster.publish([BroadcastChannels.user(userId)], BroadcastEvents.notificationCreated, {
      ...data,
      id: notification.id,
      type: notification.type,
    });
  } catch (error) {
    deps.logger.error(
      { notificationId: notification.id },
      `notification: broadcast failed (${failureReason(error)})`,
    );
  }
  return notification;
}
