import type { ResultRow } from './result.js';

/** Our fan-out cost beside the floor and the peer, at one size. */
export interface FanOutRatio {
  subscribers: number;
  /** Floor CPU per delivery ÷ ours: ≥ 1.0 means at or below the raw `ws` floor. */
  efficiencyVsFloor: number | null;
  /** laravel-echo-server CPU per delivery ÷ ours: how many times more deliveries per CPU-second we get. */
  vsLaravelEchoServer: number | null;
}

function cpuOf(rows: ResultRow[], subject: string, subscribers: number): number | null {
  const row = rows.find(
    (r) =>
      r.scenario === 'fan-out' &&
      r.status === 'ok' &&
      r.figures.load !== 'burst' &&
      r.subject === subject &&
      r.figures.subscribers === subscribers,
  );
  const cpu = row?.figures.cpuPer100k;
  return typeof cpu === 'number' && cpu > 0 ? cpu : null;
}

function ratio(other: number | null, ours: number | null): number | null {
  return other !== null && ours !== null ? Math.round((other / ours) * 100) / 100 : null;
}

/** The ratios the issue asks for, one per fan-out size that has our figure. */
export function fanOutRatios(rows: ResultRow[]): FanOutRatio[] {
  const sizes = [...new Set(rows.filter((r) => r.scenario === 'fan-out').map((r) => r.figures.subscribers))];
  return sizes
    .filter((size): size is number => typeof size === 'number')
    .map((subscribers) => {
      const ours = cpuOf(rows, 'echokit', subscribers);
      return {
        subscribers,
        efficiencyVsFloor: ratio(cpuOf(rows, 'raw-ws', subscribers), ours),
        vsLaravelEchoServer: ratio(cpuOf(rows, 'laravel-echo-server', subscribers), ours),
      };
    });
}
