/** A failed api call: the HTTP status (0 when the network failed) and the api's `{error}` message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  /** The socket id to send as `X-Socket-ID`, so the api can leave this connection out (toOthers). */
  socketId?: string | undefined;
}

/**
 * Calls the same-origin api with the session cookie and unwraps its `{data}` envelope; anything but a 2xx
 * becomes an {@link ApiError} carrying the api's `{error}` text.
 */
export async function requestJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.socketId) headers['X-Socket-ID'] = options.socketId;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'The server could not be reached. Check your connection and try again.');
  }
  const payload = (await response.json().catch(() => null)) as { data?: T; error?: string } | null;
  if (!response.ok) {
    throw new ApiError(response.status, payload?.error ?? `Request failed (${response.status}).`);
  }
  return payload as T;
}
