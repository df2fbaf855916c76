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

/** GETs one of the api's `{ data }` routes with the session cookie; non-2xx answers throw an {@link ApiError}. */
export async function getData<T>(path: string): Promise<T> {
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = (await response.json().catch(() => null)) as { data?: T; error?: string } | null;
  if (!response.ok) {
    throw new ApiError(response.status, body?.error ?? `${path} answered ${response.status}`);
  }
  if (!body || !('data' in body)) throw new ApiError(response.status, `${path} answered without data`);
  return body.data as T;
}
