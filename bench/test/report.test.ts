import { describe, expect, it } from 'vitest';
import { fanOutRatios } from '../src/report/ratios.js';
import type { ResultRow } from '../src/report/result.js';
import { checkTargets } from '../src/report/targets.js';

function fanOutRow(subject: string, cpuPer100k: number, extra: Record<string, number> = {}): ResultRow {
  return {
    scenario: 'fan-out',
    subject,
    config: '1000 subs',
    status: 'ok',
    figures: { subscribers: 1000, cpuPer100k, lossPct: 0, p99: 20, ...extra },
  };
}

describe('fan-out ratios', () => {
  it('divides the other server’s CPU per delivery by ours', () => {
    const rows = [fanOutRow('echokit', 0.5), fanOutRow('raw-ws', 0.6), fanOutRow('laravel-echo-server', 1.2)];
    expect(fanOutRatios(rows)).toEqual([
      { subscribers: 1000, efficiencyVsFloor: 1.2, vsLaravelEchoServer: 2.4 },
    ]);
  });

  it('gives no ratio when a side failed', () => {
    const failed: ResultRow = { ...fanOutRow('raw-ws', 0.6), status: 'failed' };
    expect(fanOutRatios([fanOutRow('echokit', 0.5), failed])[0]?.efficiencyVsFloor).toBeNull();
  });
});

describe('targets', () => {
  it('marks a target missed, met, or unknown when not measured', () => {
    const rows = [fanOutRow('echokit', 0.5, { p99: 40 }), fanOutRow('raw-ws', 0.4)];
    const targets = checkTargets(rows, fanOutRatios(rows));
    const byName = (start: string) => targets.find((t) => t.target.startsWith(start));
    expect(byName('fan-out CPU per delivery')?.met).toBe(false);
    expect(byName('zero loss')?.met).toBe(true);
    expect(byName('p99')?.met).toBe(false);
    expect(byName('idle memory')?.met).toBeNull();
  });
});

describe('the 10k-connections target', () => {
  const find = (rows: ResultRow[]) =>
    checkTargets(rows, fanOutRatios(rows)).find((t) => t.target.startsWith('10k concurrent'));

  it('is unknown when no run tried 10k sockets (a quick run)', () => {
    expect(find([fanOutRow('echokit', 0.5)])?.met).toBeNull();
  });

  it('is met only when every 10k run of ours was served', () => {
    const served = { ...fanOutRow('echokit', 0.5), figures: { subscribers: 10_000, cpuPer100k: 0.5 } };
    const failed: ResultRow = {
      ...served,
      scenario: 'many-channels',
      status: 'failed',
      figures: { sockets: 10_000 },
    };
    expect(find([served])?.met).toBe(true);
    expect(find([served, failed])?.met).toBe(false);
  });
});
