import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AuthEndpoint, laravelChannelAuth, startLaravelAuthEndpoint } from '../src/index.js';

const APP = { id: 'app-id', key: 'app-key', secret: 'app-secret' };
const ADA = { id: 1, name: 'Ada' };

function post(url: string, channel: string, user?: typeof ADA): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(user ? { 'X-Test-User': JSON.stringify(user) } : {}),
    },
    body: new URLSearchParams({ socket_id: '123.456', channel_name: channel }),
  });
}

describe('the /broadcasting/auth stand-in', () => {
  let endpoint: AuthEndpoint;
  beforeEach(async () => {
    endpoint = await startLaravelAuthEndpoint(APP, { refuse: (channel) => channel.includes('forbidden') });
  });
  afterEach(() => endpoint.close());

  it('answers presence auth with the signed member data of the header user', async () => {
    const response = await post(endpoint.url, 'presence-room', ADA);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(
      laravelChannelAuth(APP, '123.456', 'presence-room', { id: 1, info: { name: 'Ada' } }),
    );
    expect(endpoint.requests()).toBe(1);
  });

  it('answers 403 without a user and for refused channels', async () => {
    expect((await post(endpoint.url, 'private-orders')).status).toBe(403);
    expect((await post(endpoint.url, 'private-forbidden', ADA)).status).toBe(403);
    expect(endpoint.requests()).toBe(2);
  });
});
