/**
 * Throttles whispers per event name: the first call sends at once, later calls within `throttleMs` keep
 * only the latest payload, which is sent when the window ends. So a burst of typing indicators costs at
 * most one message per window and the final state is never lost.
 */
export class WhisperThrottle {
  readonly #windows = new Map<
    string,
    { timer: ReturnType<typeof setTimeout>; pending?: { payload: unknown } }
  >();

  readonly #send: (event: string, payload: unknown) => void;

  constructor(send: (event: string, payload: unknown) => void) {
    this.#send = send;
  }

  /** Sends now, or queues the payload as the one to send when the event's window ends. */
  whisper(event: string, payload: unknown, throttleMs: number): void {
    if (throttleMs <= 0) {
      this.#send(event, payload);
      return;
    }
    const open = this.#windows.get(event);
    if (open) {
      open.pending = { payload };
      return;
    }
    this.#send(event, payload);
    this.#openWindow(event, throttleMs);
  }

  /** Drops queued payloads and timers (when the channel is left). */
  clear(): void {
    for (const window of this.#windows.values()) clearTimeout(window.timer);
    this.#windows.clear();
  }

  #openWindow(event: string, throttleMs: number): void {
    const window: { timer: ReturnType<typeof setTimeout>; pending?: { payload: unknown } } = {
      timer: setTimeout(() => {
        this.#windows.delete(event);
        if (window.pending) {
          this.#send(event, window.pending.payload);
          this.#openWindow(event, throttleMs);
        }
      }, throttleMs),
    };
    this.#windows.set(event, window);
  }
}
