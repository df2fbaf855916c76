import { HTTPException } from 'hono/http-exception';

/** A Pusher socket id: two integers joined by a dot (`123.456`), what pusher-js gets on connect. */
export const SOCKET_ID_PATTERN = /^\d+\.\d+$/;

/**
 * The `X-Socket-ID` header Echo adds to requests (Laravel's `Broadcast::socket()`), checked, so a bad
 * value is a 422 before anything is stored rather than a failed broadcast after.
 */
export function socketIdFromHeader(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!SOCKET_ID_PATTERN.test(value)) {
    throw new HTTPException(422, { message: `X-Socket-ID: expected "<digits>.<digits>", got "${value}"` });
  }
  return value;
}
