import type { BroadcastNotification } from '@echokit/core';
import { type Ref, readonly, ref, shallowRef } from 'vue';
import type { NotificationsApi } from '../api/notifications-api.js';
import type { NotificationData, StoredNotification } from '../api/types.js';

/** `loading` only before the first answer; later reloads keep the list on screen. */
export type FeedStatus = 'loading' | 'ready' | 'error';

/** The inbox: the list (newest first), the unread count and the actions on them. */
export interface NotificationFeed {
  readonly items: Readonly<Ref<readonly StoredNotification[]>>;
  readonly unread: Readonly<Ref<number>>;
  readonly status: Readonly<Ref<FeedStatus>>;
  /** Why the last load or action failed, else `null`. */
  readonly error: Readonly<Ref<string | null>>;
  readonly refreshing: Readonly<Ref<boolean>>;
  /** Replaces the list and count with the server's, keeping anything that arrived live meanwhile. */
  reload(): Promise<void>;
  /** Adds a live or just-created notification; false when the list already had it. */
  add(notification: StoredNotification): boolean;
  markRead(id: string): Promise<void>;
  markAllRead(): Promise<void>;
}

/** A live `BroadcastNotificationCreated` payload as the stored shape (`data` + `id` + `type`). */
export function fromBroadcast(payload: BroadcastNotification<NotificationData>): StoredNotification {
  const { id, type, ...data } = payload;
  return { id, type, data: data as NotificationData, read_at: null, created_at: new Date().toISOString() };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The inbox state for one signed-in user. The server is the truth: `reload()` takes its list and count,
 * and live notifications received while a load was in flight are merged back so none is lost.
 */
export function useNotificationFeed(api: NotificationsApi): NotificationFeed {
  const items = shallowRef<readonly StoredNotification[]>([]);
  const unread = ref(0);
  const status = ref<FeedStatus>('loading');
  const error = ref<string | null>(null);
  const refreshing = ref(false);
  let loadId = 0;
  // Live arrivals since the current load started (null when none is in flight): its answer may predate them.
  let arrivedDuringLoad: StoredNotification[] | null = null;

  async function reload(): Promise<void> {
    const id = ++loadId;
    const arrived: StoredNotification[] = [];
    arrivedDuringLoad = arrived;
    refreshing.value = true;
    try {
      const page = await api.list();
      if (id !== loadId) return;
      const known = new Set(page.data.map((n) => n.id));
      const missed = arrived.filter((n) => !known.has(n.id));
      items.value = [...missed, ...page.data];
      unread.value = page.meta.unread_count + missed.filter((n) => !n.read_at).length;
      status.value = 'ready';
      error.value = null;
    } catch (cause) {
      if (id !== loadId) return;
      if (status.value === 'loading') status.value = 'error';
      error.value = `Couldn't load your notifications: ${message(cause)}`;
    } finally {
      if (id === loadId) {
        arrivedDuringLoad = null;
        refreshing.value = false;
      }
    }
  }

  function add(notification: StoredNotification): boolean {
    arrivedDuringLoad?.push(notification);
    if (items.value.some((n) => n.id === notification.id)) return false;
    items.value = [notification, ...items.value];
    if (!notification.read_at) unread.value += 1;
    return true;
  }

  async function markRead(id: string): Promise<void> {
    try {
      const updated = await api.markRead(id);
      const wasUnread = items.value.some((n) => n.id === id && !n.read_at);
      items.value = items.value.map((n) => (n.id === id ? { ...n, read_at: updated.read_at } : n));
      if (wasUnread) unread.value = Math.max(0, unread.value - 1);
      error.value = null;
    } catch (cause) {
      error.value = `Couldn't mark it as read: ${message(cause)}`;
    }
  }

  async function markAllRead(): Promise<void> {
    try {
      await api.markAllRead();
      error.value = null;
    } catch (cause) {
      error.value = `Couldn't mark everything as read: ${message(cause)}`;
      return;
    }
    // The server marked what it had; a reload also picks up anything that arrived in between, exactly.
    await reload();
  }

  return {
    items: readonly(items) as Readonly<Ref<readonly StoredNotification[]>>,
    unread: readonly(unread),
    status: readonly(status),
    error: readonly(error),
    refreshing: readonly(refreshing),
    reload,
    add,
    markRead,
    markAllRead,
  };
}
