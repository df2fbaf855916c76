import { beforeEach, describe, expect, it } from 'vitest';
import { createSession, resolveSession } from '../src/auth/sessions.js';
import { prepareDatabase } from '../src/db/prepare-database.js';
import { useApi } from './support/api-fixture.js';
import type { HttpClient } from './support/http-client.js';

const fixture = useApi();
let client: HttpClient;
beforeEach(async () => {
  client = await fixture.client();
});

describe('sessions', () => {
  it('answers 401 JSON without a session on routes that need a user', async () => {
    for (const path of ['/api/me', '/api/rooms', '/api/rooms/1/messages', '/api/notifications']) {
      const response = await client.get(path);
      expect(response.status, path).toBe(401);
      expect(await response.json()).toEqual({ error: 'Unauthenticated.' });
    }
    expect((await client.post('/api/rooms/1/messages', { body: 'hi' })).status).toBe(401);
  });

  it('lists the seeded users without a session (the picker needs them)', async () => {
    const response = await client.get('/api/users');
    const { data } = (await response.json()) as {
      data: Array<{ id: number; name: string; initials: string }>;
    };
    expect(data.map((user) => user.name)).toEqual([
      'Ada Lovelace',
      'Grace Hopper',
      'Linus Torvalds',
      'Margaret Hamilton',
    ]);
    expect(data[0]).toMatchObject({ id: 1, initials: 'AL' });
  });

  it('signs in with an HttpOnly, SameSite=Lax cookie that then identifies the user', async () => {
    const response = await client.post('/api/login', { userId: 2 });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { id: 2, name: 'Grace Hopper' } });
    const cookie = client.lastSetCookie.find((value) => value.startsWith('echokit_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ data: { id: 2, name: 'Grace Hopper' } });
  });

  it('checks the cookie: a made-up token is 401', async () => {
    client.session = 'not-a-real-session-token';
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('signing out ends the session server-side: the old cookie stops working', async () => {
    await client.login(1);
    const token = client.session;
    expect((await client.post('/api/logout')).status).toBe(204);
    expect(client.session).toBeUndefined();
    client.session = token;
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('signing in again as someone else replaces the session', async () => {
    await client.login(1);
    const first = client.session;
    await client.login(3);
    expect(await (await client.get('/api/me')).json()).toMatchObject({ data: { id: 3 } });
    client.session = first;
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('refuses an unknown or missing user with 422 naming the field', async () => {
    const unknown = await client.post('/api/login', { userId: 99 });
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toEqual({ error: 'userId: no user with id 99' });
    const missing = await client.post('/api/login', {});
    expect(missing.status).toBe(422);
    expect(((await missing.json()) as { error: string }).error).toMatch(/^userId: /);
    const broken = await client.request('/api/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"userId":',
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({ error: 'The body is not valid JSON.' });
  });

  it('accepts the landing page form and redirects back to it', async () => {
    const response = await client.postForm('/api/login', { userId: '4' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    const page = await (await client.get('/')).text();
    expect(page).toContain('Signed in as');
    expect(page).toContain('Margaret Hamilton');
    expect(page).toContain('value="4" aria-pressed="true"');
    expect(page).toContain('value="1" aria-pressed="false"');
  });

  it('shows a guest the picker on the landing page, with links to the three apps', async () => {
    const page = await (await client.get('/')).text();
    expect(page).toContain('Not signed in');
    for (const link of ['/chat/', '/notifications/', '/dashboard/']) expect(page).toContain(`href="${link}"`);
    expect(page).toContain('name="userId" value="1"');
  });
});

describe('session expiry', () => {
  it('expires after SESSION_LIFETIME minutes without use, and each use extends it', () => {
    const db = prepareDatabase(':memory:');
    const start = new Date('2026-01-01T12:00:00Z');
    const minutes = (n: number) => new Date(start.getTime() + n * 60_000);
    const token = createSession(db, 1, 30, start);
    expect(resolveSession(db, token, 30, minutes(20))?.id).toBe(1);
    // Used at minute 20, so it now lasts until minute 50.
    expect(resolveSession(db, token, 30, minutes(45))?.id).toBe(1);
    expect(resolveSession(db, token, 30, minutes(76))).toBeUndefined();
    // Gone for good once expired.
    expect(resolveSession(db, token, 30, minutes(0))).toBeUndefined();
    db.close();
  });
});
