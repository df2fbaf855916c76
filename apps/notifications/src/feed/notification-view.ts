import { NotificationTypes, type StoredNotification } from '../api/types.js';

/** How one notification reads on screen, whatever its class. */
export interface NotificationView {
  title: string;
  body: string;
  /** Initials and colour for the round badge: the sender's, or the notification kind's. */
  badge: { text: string; color: string; label: string };
  kind: string;
}

const ACCENT = '#4f46e5';

/** The class name without its namespace: `App\Notifications\UserNudged` → `UserNudged`. */
function shortType(type: string): string {
  return type.split(/[\\.]/).pop() ?? type;
}

/** Title, body and badge for a stored or live notification; unknown classes fall back to their data. */
export function viewNotification(notification: StoredNotification): NotificationView {
  const { data, type } = notification;
  const kind = shortType(type);
  const title = typeof data.title === 'string' && data.title ? data.title : kind;
  const body = typeof data.body === 'string' ? data.body : '';
  if (type === NotificationTypes.nudge && data.from) {
    return {
      title,
      body,
      kind: 'Nudge',
      badge: { text: data.from.initials, color: data.from.color, label: `From ${data.from.name}` },
    };
  }
  if (type === NotificationTypes.test) {
    return { title, body, kind: 'Test', badge: { text: '✓', color: '#0f766e', label: 'Test notification' } };
  }
  return { title, body, kind, badge: { text: kind.slice(0, 2), color: ACCENT, label: kind } };
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** `14:05` today, `Nov 28, 14:05` before. */
export function formatTime(iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toDateString() === now.toDateString() ? timeFormat.format(date) : dateTimeFormat.format(date);
}
