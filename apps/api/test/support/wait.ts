import { boundedWaits } from '@echokit/test-kit';

/** Bound for every wait in the end-to-end tests: generous, since these machines are noisy. */
export const WAIT_MS = 10_000;

/** The kit's bounded waits, defaulting to {@link WAIT_MS} (the suite's test timeout is 20 s). */
export const { within, eventually } = boundedWaits(WAIT_MS);
