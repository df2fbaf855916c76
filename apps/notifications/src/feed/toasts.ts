import { getCurrentScope, onScopeDispose, type Ref, readonly, shallowRef } from 'vue';
import type { StoredNotification } from '../api/types.js';

/** One toast on screen, keyed by the notification's id. */
export interface Toast {
  readonly id: string;
  readonly notification: StoredNotification;
}

/** The toast queue: `show` adds (once per notification), and each toast leaves after `durationMs`. */
export interface Toasts {
  readonly toasts: Readonly<Ref<readonly Toast[]>>;
  show(notification: StoredNotification): void;
  dismiss(id: string): void;
  /** Holds a toast on screen while it is hovered or focused (WCAG 2.2.1: timing adjustable). */
  pause(id: string): void;
  resume(id: string): void;
}

/** At most this many toasts at once; the oldest goes first. */
const MAX_TOASTS = 3;

/**
 * Auto-dismissing toasts. A notification is toasted once even if it is delivered twice (live event and
 * the POST that created it).
 *
 * @example
 * const { toasts, show } = useToasts(6000);
 * show(notification);
 */
export function useToasts(durationMs = 6000): Toasts {
  const toasts = shallowRef<readonly Toast[]>([]);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const shown = new Set<string>();

  if (getCurrentScope()) onScopeDispose(() => timers.forEach(clearTimeout));

  function clearTimer(id: string): void {
    clearTimeout(timers.get(id));
    timers.delete(id);
  }

  function dismiss(id: string): void {
    clearTimer(id);
    toasts.value = toasts.value.filter((t) => t.id !== id);
  }

  function resume(id: string): void {
    clearTimer(id);
    if (toasts.value.some((t) => t.id === id))
      timers.set(
        id,
        setTimeout(() => dismiss(id), durationMs),
      );
  }

  function show(notification: StoredNotification): void {
    if (shown.has(notification.id)) return;
    shown.add(notification.id);
    const kept = toasts.value.slice(-(MAX_TOASTS - 1));
    for (const old of toasts.value) if (!kept.includes(old)) clearTimer(old.id);
    toasts.value = [...kept, { id: notification.id, notification }];
    resume(notification.id);
  }

  return {
    toasts: readonly(toasts) as Readonly<Ref<readonly Toast[]>>,
    show,
    dismiss,
    pause: clearTimer,
    resume,
  };
}
