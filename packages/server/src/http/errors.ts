import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import { describeZodIssues } from '../config/zod-issues.js';
import type { Logger } from '../logger.js';

/** An HTTP API failure with the status it answers with; the message becomes `{ "error": message }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** 400: the request is malformed or asks for something the route does not allow. */
export const badRequest = (message: string) => new HttpError(400, message);
/** 401: missing or wrong signature, stale timestamp, wrong key or body_md5. */
export const unauthorized = (message: string) => new HttpError(401, message);
/** 403: the app is disabled. */
export const forbidden = (message: string) => new HttpError(403, message);
/** 404: unknown app or route. */
export const notFound = (message: string) => new HttpError(404, message);
/** 413: the body or an event's data is too large. */
export const payloadTooLarge = (message: string) => new HttpError(413, message);

/** Writes a JSON response. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(payload),
  });
  response.end(payload);
}

/** Turns any error into `{ status, body }`: known ones keep their status, the rest are logged as 500. */
export function errorResponse(error: unknown, logger: Logger): { status: number; body: { error: string } } {
  if (error instanceof HttpError) return { status: error.status, body: { error: error.message } };
  if (error instanceof z.ZodError) return { status: 400, body: { error: describeZodIssues(error) } };
  logger.error({ err: error }, 'HTTP API request failed');
  return { status: 500, body: { error: 'Internal server error' } };
}
