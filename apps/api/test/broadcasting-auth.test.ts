import { createHmac } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { useApi } from './support/api-fixture.js';
import type { HttpClient } from './support/http-client.js';
import { TEST_PUSHER } from './support/test-api.js';

// Computed here from the protocol's definition, not through the pusher SDK the api signs with.
function expectedAuth(socketId: string, channel: string, channelData?: string): string {
  const payload =
    channelData === undefined ? `${socketId}:${channel}` : `${socketId}:${channel}:${channelData}`;
  return signed(payload);
}

function signed(payload: string): string {
  return `${TEST_PUSHER.key}:${createHmac('sha256', TEST_PUSHER.secret).update(payload).digest('hex')}`;
}

const fixture = useApi();
let client: HttpClient;
beforeEach(async () => {
  client = await fixture.client();
});

describe('POST /broadcasting/auth', () => {
  it("signs the user's own private channel from a form body (pusher-js's default)", async () => {
    await client.login(1);
    const response = await client.postForm('/broadcasting/auth', {
      socket_id: '1234.5678',
      channel_name: 'private-App.Models.User.1',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ auth: expectedAuth('1234.5678', 'private-App.Models.User.1') });
  });

  it('signs a presence channel from a JSON body with channel_data as a JSON string and an integer user_id', async () => {
    await client.login(2);
    const response = await client.post('/broadcasting/auth', {
      socket_id: '42.7',
      channel_name: 'presence-chat.1',
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { auth: string; channel_data: string };
    expect(Object.keys(body).sort()).toEqual(['auth', 'channel_data']);
    expect(typeof body.channel_data).toBe('string');
    expect(JSON.parse(body.channel_data)).toEqual({
      user_id: 2,
      user_info: { id: 2, name: 'Grace Hopper', initials: 'GH', color: '#0891b2' },
    });
    expect(body.auth).toBe(expectedAuth('42.7', 'presence-chat.1', body.channel_data));
  });

  it('signs a private room channel for a member without channel_data', async () => {
    await client.login(3);
    const response = await client.postForm('/broadcasting/auth', {
      socket_id: '1.2',
      channel_name: 'private-chat.2',
    });
    expect(await response.json()).toEqual({ auth: expectedAuth('1.2', 'private-chat.2') });
  });

  it("refuses another user's private channel with 403", async () => {
    await client.login(1);
    const response = await client.postForm('/broadcasting/auth', {
      socket_id: '1.2',
      channel_name: 'private-App.Models.User.2',
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: 'Forbidden: Ada Lovelace may not join private-App.Models.User.2.',
    });
  });

  it('refuses the presence channel of a room the user is not a member of with 403', async () => {
    await client.login(4); // Margaret is not in #random (room 2)
    const response = await client.postForm('/broadcasting/auth', {
      socket_id: '1.2',
      channel_name: 'presence-chat.2',
    });
    expect(response.status).toBe(403);
    const allowed = await client.postForm('/broadcasting/auth', {
      socket_id: '1.2',
      channel_name: 'presence-chat.1',
    });
    expect(allowed.status).toBe(200);
  });

  it('refuses guests, channels without a rule, unknown rooms and public channels with 403, as Laravel does', async () => {
    const guest = await client.postForm('/broadcasting/auth', {
      socket_id: '1.2',
      channel_name: 'presence-chat.1',
    });
    expect(guest.status).toBe(403);
    await client.login(1);
    for (const channel_name of [
      'private-orders.1',
      'presence-chat.99',
      'dashboard',
      'private-App.Models.User.1.x',
    ]) {
      const response = await client.postForm('/broadcasting/auth', { socket_id: '1.2', channel_name });
      expect(response.status, channel_name).toBe(403);
    }
  });

  it('answers 422 naming the field for a malformed socket id or channel name', async () => {
    await client.login(1);
    const badSocket = await client.postForm('/broadcasting/auth', {
      socket_id: 'abc',
      channel_name: 'private-App.Models.User.1',
    });
    expect(badSocket.status).toBe(422);
    expect(((await badSocket.json()) as { error: string }).error).toMatch(/^socket_id: /);
    const badChannel = await client.post('/broadcasting/auth', {
      socket_id: '1.2',
      channel_name: 'private-a b',
    });
    expect(badChannel.status).toBe(422);
    expect(((await badChannel.json()) as { error: string }).error).toMatch(/^channel_name: /);
    const missing = await client.postForm('/broadcasting/auth', {});
    expect(missing.status).toBe(422);
  });
});

describe('POST /broadcasting/user-auth', () => {
  it('signs user data for pusher-js sign-in, with the id as a string', async () => {
    await client.login(3);
    const response = await client.postForm('/broadcasting/user-auth', { socket_id: '9.10' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { auth: string; user_data: string };
    expect(JSON.parse(body.user_data)).toEqual({
      id: '3',
      user_info: { name: 'Linus Torvalds', initials: 'LT', color: '#ea580c' },
    });
    expect(body.auth).toBe(signed(`9.10::user::${body.user_data}`));
  });

  it('refuses guests with 403 and a bad socket id with 422', async () => {
    expect((await client.postForm('/broadcasting/user-auth', { socket_id: '9.10' })).status).toBe(403);
    await client.login(3);
    expect((await client.postForm('/broadcasting/user-auth', { socket_id: '9' })).status).toBe(422);
  });
});
