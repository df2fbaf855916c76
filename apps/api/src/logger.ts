import { type Logger, pino } from 'pino';

export type { Logger };

/** The api's one logger; `level: 'silent'` in tests. */
export function createLogger(level: string): Logger {
  return pino({ name: 'echokit-api', level });
}

/**
 * A one-line reason for an expected failure (socket server down, refused request), for warnings that
 * should not print a stack: the pusher SDK's `RequestError` hides the cause in `error`/`status`/`body`.
 */
export function failureReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const detail = error as Error & { status?: number; body?: string; error?: { message?: string } };
  if (detail.status !== undefined) return `HTTP ${detail.status}: ${detail.body ?? error.message}`;
  if (detail.error?.message) return detail.error.message;
  return error.message;
}
