/** A failed api call: the HTTP status (0 when the server could not be reached) and the api's `{ error }` text. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Options for {@link requestJson} and {@link getData}. */
export interface ApiRequest {
  method?: 'GET' | 'POST';
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as `X-Socket-ID` so the api broadcasts to everyone but this connection (toOthers). */
  socketId?: string | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Calls the same-origin api with the session cookie and returns its whole JSON answer (for routes with
 * more than `{ data }`, like a page with `meta`). Anything but a 2xx throws an {@link ApiError} with the
 * api's `{ error }` text; an unreachable server throws one with status 0; an abort stays an `AbortError`.
 */
export async function requestJson<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  if (request.socketId) headers['X-Socket-ID'] = request.socketId;
  let response: Response;
  try {
    response = await fetch(path, {
      method: request.method ?? 'GET',
      credentials: 'same-origin',
      headers,
      body: request.body === undefined ? null : JSON.stringify(request.body),
      signal: request.signal ?? null,
    });
  } catch (error) {
    if (request.signal?.aborted) throw error;
    throw new ApiError(0, 'The server could not be reached. Check your connection and try again.');
  }
  const payload = (await response.json().catch(() => null)) as (T & { error?: string }) | null;
  if (!response.ok) {
    throw new ApiError(response.status, payload?.error ?? `${path} answered ${response.status}`);
  }
  if (payload === null) throw new ApiError(response.status, `${path} answered without JSON`);
  return payload;
}

/**
 * Calls one of the api's `{ data }` routes and unwraps it; errors as {@link requestJson}.
 *
 * @example
 * const me = await getData<User>('/api/me'); // ApiError with status 401 when signed out
 */
export async function getData<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const payload = await requestJson<{ data?: T }>(path, request);
  if (!('data' in payload)) throw new ApiError(200, `${path} answered without data`);
  return payload.data as T;
}
