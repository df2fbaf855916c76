import type { FanOutRatio } from './ratios.js';
import type { Figure, ResultRow } from './result.js';

/** One target from the issue and whether this run met it. */
export interface TargetCheck {
  target: string;
  measured: string;
  /** `null` when this run could not tell (scenario not run, failed or pending). */
  met: boolean | null;
}

function find(
  rows: ResultRow[],
  scenario: string,
  subject: string,
  test: (r: ResultRow) => boolean = () => true,
) {
  return rows.find((r) => r.scenario === scenario && r.subject === subject && r.status === 'ok' && test(r));
}

function num(value: Figure | undefined): number | null {
  return typeof value === 'number' ? value : null;
}

function check(target: string, value: number | null, unit: string, met: (v: number) => boolean): TargetCheck {
  return value === null
    ? { target, measured: 'not measured', met: null }
    : { target, measured: `${value}${unit}`, met: met(value) };
}

/** Checks the targets against this run's rows. */
export function checkTargets(rows: ResultRow[], ratios: FanOutRatio[]): TargetCheck[] {
  const at1k = ratios.find((r) => r.subscribers === 1000);
  const ours1k = find(
    rows,
    'fan-out',
    'echokit',
    (r) => r.figures.subscribers === 1000 && r.figures.load !== 'burst',
  );
  const oursFanOut = rows.filter(
    (r) => r.scenario === 'fan-out' && r.subject === 'echokit' && r.status === 'ok',
  );
  const worstLoss = oursFanOut.length
    ? Math.max(...oursFanOut.map((r) => num(r.figures.lossPct) ?? 100))
    : null;
  const storm = find(rows, 'storm', 'echokit');
  const sizeOf = (r: ResultRow) => num(r.figures.subscribers) ?? num(r.figures.sockets) ?? 0;
  const at10k = rows.filter(
    (r) =>
      r.subject === 'echokit' && ['fan-out', 'many-channels'].includes(r.scenario) && sizeOf(r) >= 10_000,
  );
  const served10k = at10k.filter((r) => r.status === 'ok');
  const ours = num(find(rows, 'bundle', '@echokit/core + @echokit/react')?.figures.gzipBytes);
  const theirs = num(find(rows, 'bundle', '@laravel/echo-react')?.figures.gzipBytes);
  return [
    check(
      'fan-out CPU per delivery at or below the raw ws floor (efficiency ≥ 1.0, 1000 subs)',
      at1k?.efficiencyVsFloor ?? null,
      '×',
      (v) => v >= 1,
    ),
    check(
      '≥ 1.5× laravel-echo-server deliveries per CPU-second (1000 subs)',
      at1k?.vsLaravelEchoServer ?? null,
      '×',
      (v) => v >= 1.5,
    ),
    check('zero loss in every fan-out', worstLoss, ' % worst loss', (v) => v === 0),
    check(
      'p99 ≤ 25 ms at 20k deliveries/s (1000 subs × 20 ev/s)',
      num(ours1k?.figures.p99),
      ' ms',
      (v) => v <= 25,
    ),
    check('idle memory ≤ 8 MB per 1k connections', num(storm?.figures.mbPer1k), ' MB', (v) => v <= 8),
    {
      target: '10k concurrent connections on one process',
      measured: at10k.length
        ? `${served10k.length} of ${at10k.length} runs with 10k sockets served`
        : 'not tried at this size (quick run)',
      met: at10k.length ? served10k.length === at10k.length : null,
    },
    {
      target:
        '@echokit/core + @echokit/react (min+gzip, without laravel-echo/pusher-js) smaller than @laravel/echo-react',
      measured: ours !== null && theirs !== null ? `${ours} B vs ${theirs} B` : 'not measured',
      met: ours !== null && theirs !== null ? ours < theirs : null,
    },
  ];
}
