import { availableParallelism, cpus, release, totalmem, type } from 'node:os';

/** The machine the figures were measured on. */
export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  os: string;
  date: string;
}

/** Describes this machine for the report. */
export function describeMachine(): Machine {
  return {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    os: `${type()} ${release()}`,
    date: new Date().toISOString(),
  };
}
