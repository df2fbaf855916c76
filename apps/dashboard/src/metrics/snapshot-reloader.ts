/**
 * Runs `load` on request, at most one at a time and at most once per `minIntervalMs`: requests that come
 * while a load is in flight or too soon after one fold into a single later load. Gaps can come in bursts
 * at high rates, and each one needs only one fresh snapshot.
 *
 * @example
 * const reloader = new SnapshotReloader(() => loadSnapshot(), 1000);
 * reloader.request(); // loads now
 * reloader.request(); // folded into one load after the first finishes (and a second has passed)
 */
export class SnapshotReloader {
  private inFlight = false;
  private queued = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastStart = Number.NEGATIVE_INFINITY;
  private disposed = false;

  constructor(
    private readonly load: () => Promise<void>,
    private readonly minIntervalMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Asks for a load as soon as the rules above allow. */
  request(): void {
    if (this.disposed) return;
    if (this.inFlight || this.timer !== undefined) {
      this.queued = true;
      return;
    }
    const wait = this.lastStart + this.minIntervalMs - this.now();
    if (wait > 0) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.run();
      }, wait);
      return;
    }
    void this.run();
  }

  /** Drops any pending load; later requests are ignored. */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async run(): Promise<void> {
    if (this.disposed) return;
    this.inFlight = true;
    this.queued = false;
    this.lastStart = this.now();
    try {
      await this.load();
    } catch (error) {
      // `load` should report its own failures; one that escapes is logged, and later requests still run.
      console.error('snapshot reload failed', error);
    } finally {
      this.inFlight = false;
      if (this.queued) this.request();
    }
  }
}
