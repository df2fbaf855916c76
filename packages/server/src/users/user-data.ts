/** Parses JSON text that should hold an object (`channel_data`, `user_data`); null for anything else. */
export function parseJsonObject(text: string | undefined): Record<string, unknown> | null {
  if (text === undefined) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * A user id as Laravel sends it — a non-empty string or a number (the auth identifier) — as the string
 * Pusher uses everywhere; null when missing or of another type.
 */
export function normaliseUserId(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value !== '') return value;
  return null;
}
