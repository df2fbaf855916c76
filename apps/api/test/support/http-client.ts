import { SESSION_COOKIE } from '../../src/auth/sessions.js';

/**
 * A tiny browser stand-in over `fetch`: keeps the session cookie the api sets, sends it back, and
 * exposes the last `Set-Cookie` headers for assertions.
 */
export class HttpClient {
  session: string | undefined;
  lastSetCookie: string[] = [];

  constructor(private readonly baseUrl: string) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.session) headers.set('cookie', `${SESSION_COOKIE}=${this.session}`);
    const response = await fetch(new URL(path, this.baseUrl), { ...init, headers, redirect: 'manual' });
    this.lastSetCookie = response.headers.getSetCookie();
    for (const cookie of this.lastSetCookie) {
      const [pair] = cookie.split(';');
      const [name, value] = (pair ?? '').split('=');
      if (name === SESSION_COOKIE) this.session = value || undefined;
    }
    return response;
  }

  get(path: string, headers: Record<string, string> = {}) {
    return this.request(path, { headers });
  }

  /** POST with a JSON body. */
  post(path: string, body: unknown = {}, headers: Record<string, string> = {}) {
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  }

  /** POST form-encoded, as pusher-js's default auth request and HTML forms do. */
  postForm(path: string, fields: Record<string, string>) {
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }

  /** Signs in as a seeded user. */
  async login(userId: number): Promise<void> {
    const response = await this.post('/api/login', { userId });
    if (response.status !== 200) throw new Error(`login as ${userId} failed: ${response.status}`);
  }
}
