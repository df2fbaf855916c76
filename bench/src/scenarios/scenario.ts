import type { LoadGenerator } from '../load/generator-client.js';
import type { BenchOptions } from '../options.js';
import type { Column, ResultRow } from '../report/result.js';
import type { ServerKind, ServerUnderTest } from '../servers/server-process.js';
import { withServer } from '../servers/start.js';

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

/**
 * Records the row `body` measures, or a `failed` row with the error when it throws, so one broken server
 * never stops the rest of the run.
 */
export async function recordRow(
  record: ScenarioContext['record'],
  base: Pick<ResultRow, 'scenario' | 'subject' | 'config'> & { figures?: ResultRow['figures'] },
  body: () => Promise<Omit<ResultRow, 'scenario' | 'subject' | 'config'>>,
): Promise<void> {
  try {
    record({ ...base, ...(await body()) });
  } catch (error) {
    record({ ...base, status: 'failed', figures: base.figures ?? {}, note: errorText(error) });
  }
}

/**
 * Runs `body` against a fresh server of `kind` with the shared generator, then closes the generator's
 * sockets and stops the server whatever happened.
 */
export async function withServerAndLoad<T>(
  kind: ServerKind,
  context: Pick<ScenarioContext, 'generator'>,
  body: (server: ServerUnderTest, load: LoadGenerator) => Promise<T>,
): Promise<T> {
  const load = await context.generator();
  return withServer(kind, async (server) => {
    try {
      return await body(server, load);
    } finally {
      await load.closeSockets();
    }
  });
}
