import PusherServer from 'pusher';
import { describe, expect, it } from 'vitest';
import { laravelAuthorizer, laravelChannelAuth, signChannel } from '../src/index.js';

const APP = { id: 'app-id', key: 'app-key', secret: 'app-secret' };
// The official SDK is what Laravel's pusher driver signs with: the kit must agree with it byte for byte.
const sdk = new PusherServer({ appId: APP.id, key: APP.key, secret: APP.secret, host: '127.0.0.1' });

describe('Laravel-style channel auth', () => {
  it('signs private channels as the official pusher SDK does', () => {
    expect(signChannel(APP, '123.456', 'private-orders')).toEqual(
      sdk.authorizeChannel('123.456', 'private-orders'),
    );
  });

  it('signs presence channels with the member data, as the official pusher SDK does', () => {
    const user = { id: 7, info: { name: 'Ada' } };
    const ours = laravelChannelAuth(APP, '123.456', 'presence-room', user);
    // The SDK types user_id as a string; Laravel sends numeric ids as numbers.
    const member = { user_id: 7, user_info: user.info } as unknown as Parameters<
      typeof sdk.authorizeChannel
    >[2];
    const theirs = sdk.authorizeChannel('123.456', 'presence-room', member);
    expect(ours).toEqual(theirs);
    expect(JSON.parse(ours.channel_data ?? '')).toEqual({ user_id: 7, user_info: { name: 'Ada' } });
  });

  it('refuses a presence channel without a user through the pusher-js callback', () => {
    const answers: unknown[] = [];
    laravelAuthorizer(APP)({ socketId: '1.2', channelName: 'presence-room' }, (error, data) =>
      answers.push(error?.message, data),
    );
    expect(answers).toEqual(['presence channel presence-room needs a user', null]);
  });
});
