/** Sizes of every scenario for one run. */
export interface BenchOptions {
  mode: 'quick' | 'full';
  fanOut: { subscribers: number[]; deliveriesPerSecond: number; durationMs: number };
  /** After the steady fan-out at `subscribers`, `events` published back to back: the most it delivers. */
  burst: { subscribers: number; events: number; maxInFlight: number };
  manyChannels: {
    sockets: number;
    requestsPerSecond: number;
    channelsPerRequest: number;
    durationMs: number;
  };
  presence: { users: number; present: number; pairsPerSecond: number; durationMs: number };
  storm: { sockets: number };
  /** Longest wait for sockets to connect and subscribe, and for late deliveries. */
  openTimeoutMs: number;
  drainTimeoutMs: number;
  /** Only these scenarios (by name), or all. */
  only: string[] | null;
  /** Run the cluster scenario (off until the server has a cluster mode). */
  cluster: boolean;
}

const FULL: BenchOptions = {
  mode: 'full',
  // The offered load stays at 20k deliveries/s (the latency target: 1000 × 20 events/s), so
  // larger N means fewer, wider events rather than a machine-saturating flood.
  fanOut: { subscribers: [1000, 5000, 10_000], deliveriesPerSecond: 20_000, durationMs: 10_000 },
  burst: { subscribers: 1000, events: 200, maxInFlight: 8 },
  manyChannels: { sockets: 10_000, requestsPerSecond: 200, channelsPerRequest: 10, durationMs: 10_000 },
  presence: { users: 1000, present: 90, pairsPerSecond: 50, durationMs: 20_000 },
  storm: { sockets: 5000 },
  openTimeoutMs: 60_000,
  drainTimeoutMs: 10_000,
  only: null,
  cluster: false,
};

const QUICK: BenchOptions = {
  mode: 'quick',
  fanOut: { subscribers: [1000], deliveriesPerSecond: 20_000, durationMs: 2000 },
  burst: { subscribers: 1000, events: 50, maxInFlight: 8 },
  manyChannels: { sockets: 500, requestsPerSecond: 100, channelsPerRequest: 10, durationMs: 1500 },
  presence: { users: 100, present: 30, pairsPerSecond: 20, durationMs: 1500 },
  storm: { sockets: 1000 },
  openTimeoutMs: 15_000,
  drainTimeoutMs: 3000,
  only: null,
  cluster: false,
};

/**
 * Reads the command line and environment: `--quick` or `ECHOKIT_BENCH_QUICK=1` for the small run,
 * `--only fan-out,storm` or `ECHOKIT_BENCH_ONLY=…` to pick scenarios, `--cluster` or
 * `ECHOKIT_BENCH_CLUSTER=1` to switch the cluster scenario on.
 */
export function readOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const on = (flag: string, name: string) =>
    argv.includes(flag) || ['1', 'true', 'yes'].includes(env[name] ?? '');
  const quick = on('--quick', 'ECHOKIT_BENCH_QUICK');
  const onlyFlag = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  const onlyAt = argv.indexOf('--only');
  const only = onlyFlag ?? (onlyAt >= 0 ? argv[onlyAt + 1] : undefined) ?? env.ECHOKIT_BENCH_ONLY;
  return {
    ...(quick ? QUICK : FULL),
    only: only ? only.split(',').map((name) => name.trim()) : null,
    cluster: on('--cluster', 'ECHOKIT_BENCH_CLUSTER'),
  };
}
