/**
 * Runs an app callback; if it throws, the error is rethrown on a microtask, outside the socket client's
 * dispatch loop: it still surfaces (uncaught, as it would in the app), and one bad callback breaks nothing
 * else.
 */
export function guardedCall(run: () => void): void {
  try {
    run();
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}
