import { RenderChild } from '../client/render-child-client.js';
import { BENCH_APP } from '../credentials.js';
import { round } from '../stats.js';
import { recordRow, type Scenario, withServerAndLoad } from './scenario.js';

const NAME = 'bench-react';
// The viewer, the churn's observer and 98 churning members: the presence limit of 100, all in the list.
const CHURNING_MEMBERS = 98;
// Loading React DOM's development build through tsx, on a busy machine, takes a while.
const CHILD_START_TIMEOUT_MS = 45_000;

/**
 * React render counts: a `usePresence` member list (real server, real pusher-js, happy-dom) under a
 * Profiler while the load generator makes members join and leave at a steady rate. Ideal: at most one
 * commit per member change; unrelated work re-rendering the list shows as more.
 */
export const reactRenders: Scenario = {
  name: 'react-renders',
  title: 'React render counts: 100-member presence list under churn',
  columns: [
    { key: 'changes', label: 'member changes' },
    { key: 'commits', label: 'commits' },
    { key: 'commitsPerChange', label: 'commits per change' },
    { key: 'membersShown', label: 'members shown at end' },
  ],
  async run(context) {
    const { pairsPerSecond, durationMs, users } = context.options.presence;
    const config = `${CHURNING_MEMBERS + 2} members, ${pairsPerSecond} joins+leaves/s × ${durationMs / 1000} s`;
    await recordRow(context.record, { scenario: 'react-renders', subject: '@echokit/react', config }, () =>
      withServerAndLoad('echokit', context, async (server, load) => {
        const url = new URL(server.url);
        const child = await RenderChild.start(
          {
            host: url.hostname,
            port: Number(url.port),
            appKey: BENCH_APP.key,
            appSecret: BENCH_APP.secret,
            name: NAME,
            countFrom: CHURNING_MEMBERS + 2,
          },
          CHILD_START_TIMEOUT_MS,
        );
        try {
          const churn = await load.churn({
            url: server.url,
            appKey: BENCH_APP.key,
            appSecret: BENCH_APP.secret,
            channel: `presence-${NAME}`,
            users: Math.max(users, CHURNING_MEMBERS + 20),
            present: CHURNING_MEMBERS,
            pairsPerSecond,
            durationMs,
          });
          const counts = await child.counts();
          return {
            status: churn.finalListMatches ? 'ok' : 'failed',
            figures: {
              changes: counts.changes,
              commits: counts.commits,
              commitsPerChange: counts.changes ? round(counts.commits / counts.changes, 2) : null,
              membersShown: counts.members,
              pairs: churn.pairs,
            },
            note: 'counted from the moment the list first shows all 100; a leave and a join sent together may share one commit',
          };
        } finally {
          await child.stop();
        }
      }),
    );
  },
};
