/** A non-2xx answer from the api, with its status and the api's `{ error }` message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Options for {@link apiFetch}. */
export interface ApiRequest {
  method?: 'GET' | 'POST';
  body?: unknown;
  /** Sent as `X-Socket-ID` so the api broadcasts to everyone but this connection (toOthers). */
  socketId?: string | undefined;
  signal?: AbortSignal;
}

/**
 * Calls the api on this origin with the session cookie and unwraps `{ data }`. Throws {@link ApiError}
 * for an error answer and the fetch error when the network is down.
 */
export async function apiFetch<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  if (request.socketId) headers['X-Socket-ID'] = request.socketId;
  const response = await fetch(path, {
    method: request.method ?? 'GET',
    credentials: 'same-origin',
    headers,
    body: request.body === undefined ? null : JSON.stringify(request.body),
    signal: request.signal ?? null,
  });
  const json = (await response.json().catch(() => null)) as { data?: T; error?: string } | null;
  if (!response.ok) {
    throw new ApiError(response.status, json?.error ?? `${response.status} ${response.statusText}`);
  }
  return json?.data as T;
}
