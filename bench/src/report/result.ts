/** One cell value. */
export type Figure = number | string | boolean | null;

/** One table row: a scenario on one server (or client package) with one configuration. */
export interface ResultRow {
  scenario: string;
  /** `echokit`, `raw-ws`, `laravel-echo-server`, or a package name for client rows. */
  subject: string;
  config: string;
  /** `ok` measured; `failed` tried and broke; `pending` waits on code not built yet; `off` switched off. */
  status: 'ok' | 'failed' | 'pending' | 'off';
  figures: Record<string, Figure>;
  note?: string;
}

/** A column of a scenario's table. */
export interface Column {
  key: string;
  label: string;
}

/** One table of the report. */
export interface ResultTable {
  scenario: string;
  title: string;
  columns: Column[];
  rows: ResultRow[];
}
