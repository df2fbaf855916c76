import { BENCH_APP } from '../credentials.js';
import { round } from '../stats.js';
import { recordRow, type Scenario, withServerAndLoad } from './scenario.js';

/**
 * Presence churn: a pool of users joins and leaves one presence channel at a steady rate while an observer
 * member checks every `member_added`/`member_removed`. Members present at once stay under Pusher's
 * 100-member presence limit (the server's default), so the pool, not the channel, holds the 1k users.
 */
export const presenceChurn: Scenario = {
  name: 'presence',
  title: 'Presence churn: users joining and leaving one presence channel',
  columns: [
    { key: 'pairs', label: 'join+leave pairs' },
    { key: 'joinP50', label: 'join p50 ms' },
    { key: 'joinP99', label: 'join p99 ms' },
    { key: 'memberP50', label: 'member event p50 ms' },
    { key: 'memberP99', label: 'member event p99 ms' },
    { key: 'missed', label: 'missed events' },
    { key: 'unexpected', label: 'unexpected events' },
    { key: 'listMatches', label: 'final list right' },
    { key: 'cpuSeconds', label: 'CPU-s' },
  ],
  async run(context) {
    const { users, present, pairsPerSecond, durationMs } = context.options.presence;
    const config = `${users} users, ${present} present, ${pairsPerSecond} joins+leaves/s × ${durationMs / 1000} s`;
    await recordRow(context.record, { scenario: 'presence', subject: 'echokit', config }, () =>
      withServerAndLoad('echokit', context, async (server, load) => {
        const before = server.usage();
        const result = await load.churn({
          url: server.url,
          appKey: BENCH_APP.key,
          appSecret: BENCH_APP.secret,
          channel: 'presence-bench-room',
          users,
          present,
          pairsPerSecond,
          durationMs,
        });
        const after = server.usage();
        const clean =
          result.missedMemberEvents === 0 && result.unexpectedMemberEvents === 0 && result.finalListMatches;
        return {
          status: clean ? 'ok' : 'failed',
          figures: {
            pairs: result.pairs,
            joinP50: round(result.joinLatency.p50),
            joinP99: round(result.joinLatency.p99),
            memberP50: round(result.memberEventLatency.p50),
            memberP99: round(result.memberEventLatency.p99),
            missed: result.missedMemberEvents,
            unexpected: result.unexpectedMemberEvents,
            listMatches: result.finalListMatches,
            cpuSeconds: round(after.cpuSeconds - before.cpuSeconds, 2),
            rssMb: round(after.rssMb),
          },
          note: result.errors.slice(0, 2).join('; '),
        };
      }),
    );
    context.record({
      scenario: 'presence',
      subject: 'raw-ws / laravel-echo-server',
      config,
      status: 'off',
      figures: {},
      note: 'the floor has no presence; laravel-echo-server presence needs a Laravel auth endpoint',
    });
  },
};
