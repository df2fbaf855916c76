import type { LoadGenerator } from '../load/generator-client.js';
import type { BenchOptions } from '../options.js';
import type { Column, ResultRow } from '../report/result.js';

/** What a scenario gets to run with. */
export interface ScenarioContext {
  options: BenchOptions;
  /** The shared load generator process (started on first use). */
  generator(): Promise<LoadGenerator>;
  /** Adds a row to this scenario's table as soon as it is measured. */
  record(row: ResultRow): void;
}

/** One benchmark: its table's shape and how to fill it. */
export interface Scenario {
  name: string;
  title: string;
  columns: Column[];
  run(context: ScenarioContext): Promise<void>;
}

/** The message of anything thrown, for a `failed` row's note. */
export function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n').slice(0, 4).join(' / ');
}
