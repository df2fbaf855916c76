/**
 * Wall-clock milliseconds with sub-millisecond resolution, comparable between processes on one machine
 * (each process's `timeOrigin` is taken from the same system clock).
 */
export function now(): number {
  return performance.timeOrigin + performance.now();
}

/** Resolves after `ms`; used only to pace publishers and bounded polls, never as a wait for an event. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `check` every `intervalMs` until it returns true or `timeoutMs` passes.
 * Resolves to whether the condition was met.
 */
export async function pollUntil(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  intervalMs = 50,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await delay(intervalMs);
  }
  return check();
}

/** `promise`, or a rejection naming `what` if it has not settled within `ms`: nothing in a run waits forever. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
