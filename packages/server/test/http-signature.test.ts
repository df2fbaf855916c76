import type { QueryParams } from '@echokit/protocol';
import { describe, expect, it } from 'vitest';
import { bodyMd5, httpRequestSignature, isValidHttpSignature } from '../src/auth/http-signature.js';
import { parseQuery } from '../src/http/query.js';

// The worked example of Pusher's HTTP API reference.
const secret = '7ad3773142a6692b25b8';
const body = '{"name":"foo","channels":["project-3"],"data":"{\\"some\\":\\"data\\"}"}';
const params: QueryParams = {
  auth_key: '278d425bdf160c739803',
  auth_timestamp: '1353088179',
  auth_version: '1.0',
  body_md5: 'ec365a775a4cd0599faeb73354201b6f',
};
const expected = 'da454824c97ba181a32ccc17a72625ba02771f50b50e1e7430e47a1f3f457e6c';

describe('HTTP API request signing', () => {
  it("reproduces the documented test vector's body_md5 and signature", () => {
    expect(bodyMd5(body)).toBe(params.body_md5);
    expect(httpRequestSignature(secret, 'POST', '/apps/3/events', params)).toBe(expected);
  });

  it('accepts the documented signature and refuses any change to it, the path, the query or the secret', () => {
    const signed = { ...params, auth_signature: expected };
    expect(isValidHttpSignature(secret, 'POST', '/apps/3/events', signed)).toBe(true);
    expect(
      isValidHttpSignature(secret, 'POST', '/apps/3/events', {
        ...signed,
        auth_signature: `${expected.slice(0, -1)}d`,
      }),
    ).toBe(false);
    expect(isValidHttpSignature(secret, 'POST', '/apps/4/events', signed)).toBe(false);
    expect(isValidHttpSignature(secret, 'GET', '/apps/3/events', signed)).toBe(false);
    expect(
      isValidHttpSignature(secret, 'POST', '/apps/3/events', { ...signed, auth_timestamp: '1353088180' }),
    ).toBe(false);
    expect(isValidHttpSignature('another-secret', 'POST', '/apps/3/events', signed)).toBe(false);
    expect(isValidHttpSignature(secret, 'POST', '/apps/3/events', params)).toBe(false);
    expect(
      isValidHttpSignature(secret, 'POST', '/apps/3/events', { ...signed, auth_signature: 'short' }),
    ).toBe(false);
  });

  it('signs the query as received: keys sorted, values unescaped', () => {
    const query = parseQuery(
      `auth_version=1.0&auth_key=278d425bdf160c739803&body_md5=${params.body_md5}&auth_timestamp=1353088179&auth_signature=${expected}`,
    );
    expect(isValidHttpSignature(secret, 'POST', '/apps/3/events', query)).toBe(true);
    expect(parseQuery('info=user_count%2Csubscription_count&filter_by_prefix=presence-')).toEqual({
      info: 'user_count,subscription_count',
      filter_by_prefix: 'presence-',
    });
    expect(parseQuery('a=1+2&b=%E0%A4%A&c')).toEqual({ a: '1+2', b: '%E0%A4%A', c: '' });
  });
});
