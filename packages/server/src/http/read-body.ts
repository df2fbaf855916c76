import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '../config/app-config.js';
import { payloadTooLarge } from './errors.js';

/**
 * The largest request body an app accepts: room for a full batch of ten events at the app's
 * `maxMessageBytes` with JSON escaping, and never less than 1 MiB. Each event's `data` is then
 * checked against `maxMessageBytes` on its own.
 */
export function requestBodyLimit(app: AppConfig): number {
  return Math.max(1024 * 1024, app.maxMessageBytes * 20);
}

/**
 * Reads a request body, refusing with 413 as soon as it passes `limit` bytes (by its
 * `content-length`, or while streaming when the length is not announced). On refusal the rest of the
 * body is discarded unread rather than destroying the socket, so the 413 answer still reaches the client.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const announced = Number(request.headers['content-length']);
    if (Number.isFinite(announced) && announced > limit) {
      discard(request);
      reject(tooLarge(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      cleanup();
      discard(request);
      reject(tooLarge(limit));
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      request.off('data', onData).off('end', onEnd).off('error', onError);
    };
    request.on('data', onData).on('end', onEnd).on('error', onError);
  });
}

/** Lets the rest of a refused body flow away; the answer carries `connection: close`. */
function discard(request: IncomingMessage): void {
  request.on('error', () => {});
  request.resume();
}

function tooLarge(limit: number) {
  return payloadTooLarge(`Request body is larger than ${limit} bytes`);
}
