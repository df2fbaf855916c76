import { within } from '@echokit/test-kit';
import Pusher from 'pusher-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppConfigInput, RunningServer } from '../src/index.js';
import { nextErrorCode, pusherOptions } from './helpers/pusher-client.js';
import { RawClient } from './helpers/raw-client.js';
import { closeAll, socketUrl, startTestServer, TEST_APP } from './helpers/test-server.js';

describe('refused connections', () => {
  let server: RunningServer;
  const raws: RawClient[] = [];

  async function start(apps?: AppConfigInput[]) {
    server = await startTestServer(apps);
  }
  /** Connects and expects a pusher:error then a close, both with `code`. */
  async function refusedWith(url: string, code: number, headers?: Record<string, string>): Promise<string> {
    const raw = await RawClient.open(url, { headers });
    raws.push(raw);
    const error = await raw.next('pusher:error');
    expect(error.data).toMatchObject({ code });
    expect((await raw.waitClosed()).code).toBe(code);
    expect(raw.seen('pusher:connection_established')).toEqual([]);
    return (error.data as { message: string }).message;
  }
  afterEach(() => closeAll(server, { raws }));

  it('4001 for an unknown app key (and pusher-js reports it)', async () => {
    await start();
    expect(await refusedWith(socketUrl(server, 'nope'), 4001)).toContain('nope');
    const client = new Pusher('nope', pusherOptions(server));
    const code = nextErrorCode(client);
    // 4000–4099: pusher-js gives up instead of retrying unchanged
    const gaveUp = within(
      new Promise((resolve) => client.connection.bind('disconnected', resolve)),
      'pusher-js to give up',
    );
    expect(await code).toBe(4001);
    await gaveUp;
    client.disconnect();
  });

  it('4003 for a disabled app', async () => {
    await start([{ ...TEST_APP, enabled: false }]);
    await refusedWith(socketUrl(server), 4003);
  });

  it('4004 over the app connection quota', async () => {
    await start([{ ...TEST_APP, maxConnections: 1 }]);
    const first = await RawClient.connect(socketUrl(server));
    raws.push(first);
    expect(await refusedWith(socketUrl(server), 4004)).toContain('quota of 1');
    first.close();
    await first.waitClosed();
    // the slot frees when the first socket leaves
    await within(
      (async () => {
        for (;;) {
          const next = await RawClient.open(socketUrl(server));
          raws.push(next);
          const frame = await next.nextMatching(() => true, 'a first frame');
          if (frame.event === 'pusher:connection_established') return;
        }
      })(),
      'a free connection slot',
    );
  });

  it('4005 for a path other than /app/{key}', async () => {
    await start();
    await refusedWith(`ws://127.0.0.1:${server.port}/socket?protocol=7`, 4005);
  });

  it('4008 without a protocol version, 4006 for a malformed one, 4007 for an unsupported one', async () => {
    await start();
    await refusedWith(socketUrl(server, TEST_APP.key, 'client=js'), 4008);
    await refusedWith(socketUrl(server, TEST_APP.key, 'protocol=seven'), 4006);
    await refusedWith(socketUrl(server, TEST_APP.key, 'protocol=3'), 4007);
    const v7 = await RawClient.connect(socketUrl(server, TEST_APP.key, 'protocol=7'));
    raws.push(v7);
  });

  it('4009 for an origin outside the app allow-list', async () => {
    await start([{ ...TEST_APP, allowedOrigins: ['https://app.test', '*.example.com'] }]);
    expect(await refusedWith(socketUrl(server), 4009, { origin: 'https://evil.test' })).toContain(
      'evil.test',
    );
    await refusedWith(socketUrl(server), 4009);
    for (const origin of ['https://app.test', 'https://chat.example.com']) {
      raws.push(await RawClient.connect(socketUrl(server), { headers: { origin } }));
    }
  });
});

describe('bad input on an open connection', () => {
  let server: RunningServer;
  const raws: RawClient[] = [];
  afterEach(() => closeAll(server, { raws }));

  it('answers every malformed frame with pusher:error and keeps serving the connection', async () => {
    server = await startTestServer();
    const raw = await RawClient.connect(socketUrl(server));
    raws.push(raw);
    const cases: Array<[string | Buffer, string, boolean?]> = [
      ['not json', 'not valid JSON'],
      ['[1,2]', 'JSON object with a string "event"'],
      ['{"data":{}}', 'JSON object with a string "event"'],
      ['{"event":"pusher:subscribe","data":{}}', 'needs data.channel'],
      ['{"event":"pusher:subscribe","data":"{broken"}', 'needs data.channel'],
      ['{"event":"pusher:subscribe","data":{"channel":"x","auth":5}}', 'auth must be a string'],
      ['{"event":"pusher:signin","data":{"auth":1}}', 'needs data.auth and data.user_data'],
      ['{"event":"pusher:nonsense"}', 'Unknown event'],
      [
        JSON.stringify({ event: 'client-x', channel: 'private-a', data: 'y'.repeat(11 * 1024) }),
        'over the limit of 10240 bytes',
      ],
      [Buffer.from([1, 2, 3]), 'Binary frames are not supported', true],
      [Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 'valid UTF-8', false],
    ];
    for (const [frame, message, binary] of cases) {
      raw.sendRaw(frame, { binary });
      const error = await raw.next('pusher:error');
      expect(error.data).toEqual({ code: 4200, message: expect.stringContaining(message) });
    }
    expect((await raw.subscribe('still-works')).event).toBe('pusher_internal:subscription_succeeded');
    await server.adapter.publish({ appId: TEST_APP.id, channels: ['still-works'], event: 'e', data: '"ok"' });
    expect((await raw.next('e', 'still-works')).data).toBe('"ok"');

    const healthy = await RawClient.connect(socketUrl(server));
    raws.push(healthy);
    await healthy.roundTrip();
  });
});

describe('liveness, slow consumers and shutdown', () => {
  let server: RunningServer;
  const raws: RawClient[] = [];
  afterEach(() => closeAll(server, { raws }));

  it('pings idle sockets and closes with 4201 when nothing answers; pusher:pong and WS pongs both count', async () => {
    server = await startTestServer([{ ...TEST_APP, activityTimeout: 1, pongTimeout: 2 }]);
    const silent = await RawClient.connect(socketUrl(server), { autoPong: false });
    const answersPusherPing = await RawClient.connect(socketUrl(server), { autoPong: false });
    const answersControlPing = await RawClient.connect(socketUrl(server));
    raws.push(silent, answersPusherPing, answersControlPing);
    expect(JSON.parse(silent.received[0]?.data as string).activity_timeout).toBe(1);
    answersPusherPing.socket.on('message', (data) => {
      if (JSON.parse(data.toString()).event === 'pusher:ping')
        answersPusherPing.send({ event: 'pusher:pong', data: {} });
    });

    await silent.next('pusher:ping');
    expect((await silent.waitClosed()).code).toBe(4201);

    // both others have been through a ping round by now and get pinged again
    await answersPusherPing.next('pusher:ping');
    await answersPusherPing.next('pusher:ping');
    await answersControlPing.next('pusher:ping');
    await answersControlPing.next('pusher:ping');
    await answersPusherPing.roundTrip();
    await answersControlPing.roundTrip();
  }, 15_000);

  it('closes a consumer that stops reading with 4100 once its send buffer passes maxBufferedBytes', async () => {
    server = await startTestServer([{ ...TEST_APP, maxBufferedBytes: 64 * 1024 }]);
    const slow = await RawClient.connect(socketUrl(server));
    const fast = await RawClient.connect(socketUrl(server));
    raws.push(slow, fast);
    await slow.subscribe('firehose');
    await fast.subscribe('firehose');
    const tcp = (slow.socket as unknown as { _socket: { pause(): void; resume(): void } })._socket;
    tcp.pause();

    const data = JSON.stringify('x'.repeat(8 * 1024));
    await within(
      (async () => {
        while ((await server.adapter.channel(TEST_APP.id, 'firehose')).subscriptionCount === 2) {
          for (let i = 0; i < 50; i += 1) {
            await server.adapter.publish({ appId: TEST_APP.id, channels: ['firehose'], event: 'bulk', data });
          }
          await new Promise((resolve) => setImmediate(resolve));
        }
      })(),
      'the slow consumer to be dropped',
      10_000,
    );
    tcp.resume();
    expect((await slow.waitClosed(10_000)).code).toBe(4100);
    await fast.roundTrip();
  }, 25_000);

  it('close() sends 4200 to every socket so clients reconnect at once', async () => {
    server = await startTestServer();
    const a = await RawClient.connect(socketUrl(server));
    const b = await RawClient.connect(socketUrl(server));
    raws.push(a, b);
    const client = new Pusher(TEST_APP.key, pusherOptions(server));
    const reconnecting = within(
      new Promise<void>((resolve) => {
        client.connection.bind(
          'state_change',
          ({ previous, current }: { previous: string; current: string }) => {
            if (previous === 'connected' && current === 'connecting') resolve();
          },
        );
      }),
      'pusher-js to reconnect',
    );
    await within(
      new Promise((resolve) => client.connection.bind('connected', resolve)),
      'pusher-js to connect',
    );
    await server.close();
    expect((await a.waitClosed()).code).toBe(4200);
    expect((await b.waitClosed()).code).toBe(4200);
    await reconnecting;
    client.disconnect();
  });
});
