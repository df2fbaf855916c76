import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { channelAuthString, httpSigningString, reconnectAdvice, userAuthString } from '../src/index.js';

describe('HTTP API signing', () => {
  // The worked example from Pusher's REST API documentation.
  const secret = '7ad3773142a6692b25b8';
  const body = '{"name":"foo","channels":["project-3"],"data":"{\\"some\\":\\"data\\"}"}';

  it('reproduces the body_md5 and signature of the documented test vector', () => {
    const bodyMd5 = createHash('md5').update(body).digest('hex');
    expect(bodyMd5).toBe('ec365a775a4cd0599faeb73354201b6f');

    const toSign = httpSigningString('POST', '/apps/3/events', {
      auth_version: '1.0',
      auth_key: '278d425bdf160c739803',
      auth_timestamp: '1353088179',
      body_md5: bodyMd5,
    });
    expect(toSign).toBe(
      'POST\n/apps/3/events\nauth_key=278d425bdf160c739803&auth_timestamp=1353088179&auth_version=1.0&body_md5=ec365a775a4cd0599faeb73354201b6f',
    );
    expect(createHmac('sha256', secret).update(toSign).digest('hex')).toBe(
      'da454824c97ba181a32ccc17a72625ba02771f50b50e1e7430e47a1f3f457e6c',
    );
  });

  it('leaves auth_signature out and lower-cases keys before sorting', () => {
    expect(httpSigningString('get', '/p', { B: '2', a: '1', auth_signature: 'x' })).toBe('GET\n/p\na=1&b=2');
  });
});

describe('subscription and sign-in strings', () => {
  it('joins socket, channel and channel data with colons', () => {
    expect(channelAuthString('1.2', 'private-a')).toBe('1.2:private-a');
    expect(channelAuthString('1.2', 'presence-a', '{"user_id":1}')).toBe('1.2:presence-a:{"user_id":1}');
    expect(userAuthString('1.2', '{"id":"7"}')).toBe('1.2::user::{"id":"7"}');
  });

  it('maps close codes to Pusher reconnect advice', () => {
    expect(reconnectAdvice(4001)).toBe('give-up');
    expect(reconnectAdvice(4100)).toBe('backoff');
    expect(reconnectAdvice(4201)).toBe('reconnect-now');
    expect(reconnectAdvice(4301)).toBe('other');
  });
});
