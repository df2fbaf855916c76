import type { Machine } from '../machine.js';
import type { FanOutRatio } from './ratios.js';
import type { Figure, ResultTable } from './result.js';
import type { TargetCheck } from './targets.js';

function cell(value: Figure | undefined): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value).replaceAll('|', '\\|');
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** One scenario's markdown table: subject, configuration, its figures, status/note. */
export function tableMarkdown(table: ResultTable): string {
  const header = ['subject', 'config', ...table.columns.map((c) => c.label), 'note'];
  const lines = [`### ${table.title}`, '', row(header), row(header.map(() => '---'))];
  for (const r of table.rows) {
    const status = r.status === 'ok' ? '' : `**${r.status}**`;
    const note = [status, r.note ?? ''].filter(Boolean).join(': ');
    lines.push(row([r.subject, r.config, ...table.columns.map((c) => cell(r.figures[c.key])), cell(note)]));
  }
  return lines.join('\n');
}

/** The ratio table (only rows where ours was measured). */
export function ratiosMarkdown(ratios: FanOutRatio[]): string {
  const lines = [
    '### Fan-out ratios (CPU per delivery; higher is better for us)',
    '',
    row(['subscribers', 'efficiency vs raw ws (target ≥ 1.0)', 'vs laravel-echo-server (target ≥ 1.5)']),
    row(['---', '---', '---']),
  ];
  for (const r of ratios)
    lines.push(row([String(r.subscribers), cell(r.efficiencyVsFloor), cell(r.vsLaravelEchoServer)]));
  return lines.join('\n');
}

/** The targets with hit/miss for this run. */
export function targetsMarkdown(targets: TargetCheck[]): string {
  const lines = ['### Targets', '', row(['target', 'this run', 'met']), row(['---', '---', '---'])];
  for (const t of targets)
    lines.push(row([t.target, t.measured, t.met === null ? '–' : t.met ? 'yes' : '**no**']));
  return lines.join('\n');
}

/** The whole report. */
export function reportMarkdown(
  machine: Machine,
  mode: string,
  tables: ResultTable[],
  ratios: FanOutRatio[],
  targets: TargetCheck[],
): string {
  return [
    `## Echokit benchmarks (${mode})`,
    '',
    `${machine.cpus}× ${machine.cpuModel}, ${machine.memoryGb} GB RAM, Node ${machine.node}, ${machine.os}; ${machine.date}`,
    '',
    ...tables.flatMap((t) => [tableMarkdown(t), '']),
    ratiosMarkdown(ratios),
    '',
    targetsMarkdown(targets),
    '',
  ].join('\n');
}
