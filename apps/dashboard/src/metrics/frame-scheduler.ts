/**
 * Coalesces redraw requests into one call of `draw` per animation frame, however many events arrive in
 * between (50 updates/s on a 60 Hz screen still draws at most 60 times, and a hidden tab draws nothing).
 *
 * @example
 * const frames = new FrameScheduler(() => chart.redraw());
 * socketEvents.on('point', () => frames.request());
 */
export class FrameScheduler {
  private handle: number | null = null;

  constructor(private readonly draw: () => void) {}

  request(): void {
    if (this.handle !== null) return;
    this.handle = requestAnimationFrame(() => {
      this.handle = null;
      this.draw();
    });
  }

  cancel(): void {
    if (this.handle !== null) cancelAnimationFrame(this.handle);
    this.handle = null;
  }
}
