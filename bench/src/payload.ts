import { now } from './clock.js';

/** The event name every benchmark publishes. */
export const BENCH_EVENT = 'bench';

// ~200 bytes of event data: a typical small Laravel broadcast payload.
const PADDING = 'x'.repeat(160);

/** The `data` string of one benchmark event, stamped with its publish time. */
export function stampedData(seq: number): string {
  return JSON.stringify({ t: now(), seq, pad: PADDING });
}

const STAMP_KEY = '"t":';
const ESCAPED_STAMP_KEY = '\\"t\\":';

/**
 * Reads the publish stamp out of a raw frame without parsing it: the generator must stay cheap at
 * 100k+ messages/s. Handles the Pusher wire format, where `data` is a JSON string inside JSON (escaped
 * quotes), and plain JSON. `NaN` when absent.
 */
export function readStamp(frame: string): number {
  let at = frame.indexOf(ESCAPED_STAMP_KEY);
  let start = at + ESCAPED_STAMP_KEY.length;
  if (at < 0) {
    at = frame.indexOf(STAMP_KEY);
    if (at < 0) return Number.NaN;
    start = at + STAMP_KEY.length;
  }
  return Number.parseFloat(frame.slice(start, frame.indexOf(',', start)));
}
