import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** CPU time and memory of one process, read from Linux's /proc (all its threads included). */
export interface ProcUsage {
  /** User + system CPU seconds since the process started. */
  cpuSeconds: number;
  /** Resident set size, MB. */
  rssMb: number;
  /** Peak resident set size so far (VmHWM), MB. */
  peakRssMb: number;
}

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

function statusKb(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) : Number.NaN;
}

/**
 * Reads `pid`'s CPU and memory. Works the same for every server under test (ours, the raw `ws` floor,
 * laravel-echo-server), so none of them needs to cooperate. Resolution: one clock tick (10 ms) of CPU.
 */
export function readProcUsage(pid: number): ProcUsage {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at field 3; utime/stime are fields 14/15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return {
    cpuSeconds: ticks / ticksPerSecond,
    rssMb: statusKb(status, 'VmRSS') / 1024,
    peakRssMb: statusKb(status, 'VmHWM') / 1024,
  };
}
