// `pnpm bench [--quick] [--only a,b]`: runs every scenario in turn, prints the markdown report and writes
// results/latest.json. Never part of the test pass/fail: a broken scenario becomes a `failed` row.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LoadGenerator } from './load/generator-client.js';
import { describeMachine } from './machine.js';
import { readOptions } from './options.js';
import { reportMarkdown } from './report/markdown.js';
import { fanOutRatios } from './report/ratios.js';
import type { ResultTable } from './report/result.js';
import { checkTargets } from './report/targets.js';
import { SCENARIOS } from './scenarios/index.js';
import { errorText } from './scenarios/scenario.js';

const options = readOptions(process.argv.slice(2), process.env);
const machine = describeMachine();
const started = Date.now();
const tables: ResultTable[] = [];
let generator: LoadGenerator | undefined;

process.once('SIGINT', () => process.exit(130));

const unknown = options.only?.filter((name) => !SCENARIOS.some((s) => s.name === name)) ?? [];
if (unknown.length) {
  console.error(
    `unknown scenario ${unknown.join(', ')}; the scenarios are ${SCENARIOS.map((s) => s.name).join(', ')}`,
  );
  process.exit(2);
}

for (const scenario of SCENARIOS) {
  if (options.only && !options.only.includes(scenario.name)) continue;
  const table: ResultTable = {
    scenario: scenario.name,
    title: scenario.title,
    columns: scenario.columns,
    rows: [],
  };
  tables.push(table);
  const scenarioStart = Date.now();
  console.error(`▶ ${scenario.name}`);
  try {
    await scenario.run({
      options,
      generator: async () => {
        // A generator that died (out of memory, crash) is replaced rather than failing every later row.
        if (!generator?.alive) generator = await LoadGenerator.start();
        return generator;
      },
      record: (row) => {
        table.rows.push(row);
        console.error(`  ${row.subject} ${row.config}: ${row.status}${row.note ? ` (${row.note})` : ''}`);
      },
    });
  } catch (error) {
    table.rows.push({
      scenario: scenario.name,
      subject: '–',
      config: '–',
      status: 'failed',
      figures: {},
      note: errorText(error),
    });
  }
  console.error(`  ${((Date.now() - scenarioStart) / 1000).toFixed(1)} s`);
}
await generator?.stop();

const rows = tables.flatMap((t) => t.rows);
const ratios = fanOutRatios(rows);
const targets = checkTargets(rows, ratios);
const seconds = (Date.now() - started) / 1000;
console.log(reportMarkdown(machine, `${options.mode}, ${seconds.toFixed(0)} s`, tables, ratios, targets));

const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));
mkdirSync(resultsDir, { recursive: true });
writeFileSync(
  `${resultsDir}latest.json`,
  `${JSON.stringify({ machine, mode: options.mode, seconds, options, tables, ratios, targets }, null, 2)}\n`,
);
