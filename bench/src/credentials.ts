/** The one app every server under test serves; the generator signs private channels with its secret. */
export const BENCH_APP = {
  id: 'bench',
  key: 'bench-key',
  secret: 'bench-secret',
} as const;

/** Every benchmark binds and connects here only. */
export const LOOPBACK = '127.0.0.1';
