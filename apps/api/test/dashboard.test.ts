import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelInfo } from '../src/broadcasting/channel-info.js';
import { ActiveUsersCounter } from '../src/dashboard/active-users.js';
import { MetricsGenerator } from '../src/dashboard/metrics-generator.js';
import type { MetricsPoint } from '../src/dashboard/metrics-simulation.js';
import type { RunningApi } from '../src/start-api.js';
import { HttpClient } from './support/http-client.js';
import { RecordingBroadcaster } from './support/recording-broadcaster.js';
import { startTestApi } from './support/test-api.js';
import { eventually } from './support/wait.js';

const silent = pino({ level: 'silent' });

function generator(
  broadcaster: RecordingBroadcaster,
  options: { activeUsers?: () => number; historySize?: number } = {},
) {
  let now = 1_700_000_000_000;
  return new MetricsGenerator({
    broadcaster,
    logger: silent,
    updatesPerSecond: 10,
    activeUsers: options.activeUsers ?? (() => 0),
    ...(options.historySize && { historySize: options.historySize }),
    now: () => {
      now += 100;
      return now;
    },
  });
}

describe('MetricsGenerator', () => {
  it('publishes numbered points on the public dashboard channel', async () => {
    const broadcaster = new RecordingBroadcaster();
    const metrics = generator(broadcaster, { activeUsers: () => 7 });
    for (let i = 0; i < 5; i += 1) await metrics.tick();
    expect(broadcaster.published.map((p) => [p.channels, p.event])).toEqual(
      Array(5).fill([['dashboard'], 'App\\Events\\MetricsUpdated']),
    );
    const points = broadcaster.published.map((p) => p.data as MetricsPoint);
    expect(points.map((p) => p.seq)).toEqual([1, 2, 3, 4, 5]);
    for (const point of points) {
      expect(point.active_users).toBe(7);
      expect(point.orders_per_second).toBeGreaterThanOrEqual(0);
    }
    // Revenue only grows, by its per-second rate over the 0.1 s between samples.
    for (let i = 1; i < points.length; i += 1) {
      const [before, after] = [points[i - 1] as MetricsPoint, points[i] as MetricsPoint];
      expect(after.revenue_total).toBeGreaterThanOrEqual(before.revenue_total);
      expect(after.revenue_total - before.revenue_total).toBeCloseTo(after.revenue_per_second * 0.1, 1);
    }
  });

  it('keeps the latest points for the snapshot, oldest first', async () => {
    const metrics = generator(new RecordingBroadcaster(), { historySize: 3 });
    expect(metrics.snapshot()).toEqual({ updates_per_second: 10, points: [], latest: null });
    for (let i = 0; i < 5; i += 1) await metrics.tick();
    const snapshot = metrics.snapshot();
    expect(snapshot.points.map((p) => p.seq)).toEqual([3, 4, 5]);
    expect(snapshot.latest?.seq).toBe(5);
  });

  it('keeps sampling when publishing fails', async () => {
    const broadcaster = new RecordingBroadcaster();
    broadcaster.failWith = new Error('socket server down');
    const metrics = generator(broadcaster);
    await metrics.tick();
    await metrics.tick();
    broadcaster.failWith = undefined;
    await metrics.tick();
    expect(metrics.snapshot().points.map((p) => p.seq)).toEqual([1, 2, 3]);
    expect(broadcaster.published.map((p) => (p.data as MetricsPoint).seq)).toEqual([3]);
  });
});

describe('ActiveUsersCounter', () => {
  it('keeps the last count while the socket server cannot answer', async () => {
    let answer: number | Error = 4;
    const info: ChannelInfo = {
      presenceUserCount: async (prefix) => {
        expect(prefix).toBe('presence-chat.');
        if (answer instanceof Error) throw answer;
        return answer;
      },
    };
    const counter = new ActiveUsersCounter(info, silent);
    expect(counter.current()).toBe(0);
    await counter.refresh();
    expect(counter.current()).toBe(4);
    answer = new Error('ECONNREFUSED');
    await counter.refresh();
    expect(counter.current()).toBe(4);
    answer = 1;
    await counter.refresh();
    expect(counter.current()).toBe(1);
  });
});

describe('GET /api/dashboard', () => {
  let api: RunningApi | undefined;
  afterEach(() => api?.close());

  it('serves the running generator’s snapshot without a session', async () => {
    const broadcaster = new RecordingBroadcaster();
    api = await startTestApi({
      broadcaster,
      channelInfo: { presenceUserCount: async () => 2 },
      env: { DASHBOARD_UPDATES_PER_SECOND: '20' },
    });
    await eventually(() => broadcaster.published.length >= 3, 'three published points');
    const response = await new HttpClient(api.url).get('/api/dashboard');
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as {
      data: { updates_per_second: number; points: MetricsPoint[] };
    };
    expect(data.updates_per_second).toBe(20);
    expect(data.points.length).toBeGreaterThanOrEqual(3);
    await eventually(
      () => (broadcaster.published.at(-1)?.data as MetricsPoint | undefined)?.active_users === 2,
      'active users 2',
    );
  });
});
