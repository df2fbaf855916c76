/**
 * Default bound for every wait: generous, since CI machines are noisy, yet under vitest's 5 s test timeout
 * so a failure names what it was waiting for instead of just timing out.
 */
export const WAIT_MS = 4000;

/**
 * Rejects with a message naming `what` if `promise` has not settled within `ms`.
 *
 * @example
 * await within(new Promise((resolve) => socket.once('open', resolve)), 'the socket to open');
 */
export function within<T>(promise: Promise<T>, what: string, ms = WAIT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Polls `check` until it returns something other than `undefined`/`false` and resolves with that value;
 * rejects with a message naming `what` after `ms`.
 *
 * @example
 * await eventually(() => received.length > 0, 'Ada to get the message');
 */
export async function eventually<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  ms = WAIT_MS,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** {@link within} and {@link eventually} with another default bound. */
export interface BoundedWaits {
  /** {@link within}, bounded by the chosen default. */
  within<T>(promise: Promise<T>, what: string, ms?: number): Promise<T>;
  /** {@link eventually}, bounded by the chosen default. */
  eventually<T>(
    check: () => T | undefined | false | Promise<T | undefined | false>,
    what: string,
    ms?: number,
  ): Promise<T>;
}

/**
 * {@link within} and {@link eventually} defaulting to `ms`, for suites with a longer test timeout.
 *
 * @example
 * export const { within, eventually } = boundedWaits(10_000);
 */
export function boundedWaits(ms: number): BoundedWaits {
  return {
    within: (promise, what, bound = ms) => within(promise, what, bound),
    eventually: (check, what, bound = ms) => eventually(check, what, bound),
  };
}
