/**
 * Server-driven liveness for one socket. pusher-js does not ping while it receives traffic, so the server
 * pings a socket that has been silent for `idleMs` and gives up when nothing comes back within `pongMs`.
 * Any incoming frame (a `pusher:pong`, a WebSocket pong, any message) counts as activity.
 */
export class Liveness {
  private lastActivity = Date.now();
  private heardSincePing = true;
  private waitingForPong = false;
  private timer: NodeJS.Timeout;

  constructor(
    private readonly idleMs: number,
    private readonly pongMs: number,
    private readonly ping: () => void,
    private readonly timedOut: () => void,
  ) {
    this.timer = setTimeout(() => this.check(), idleMs);
  }

  /** Records activity; cheap enough to call for every frame (no timer is touched). */
  touch(): void {
    this.lastActivity = Date.now();
    this.heardSincePing = true;
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  private check(): void {
    if (this.waitingForPong) {
      this.waitingForPong = false;
      if (!this.heardSincePing) {
        this.timedOut();
        return;
      }
    }
    const idle = Date.now() - this.lastActivity;
    if (idle >= this.idleMs) {
      this.waitingForPong = true;
      this.heardSincePing = false;
      this.ping();
      this.timer = setTimeout(() => this.check(), this.pongMs);
    } else {
      this.timer = setTimeout(() => this.check(), this.idleMs - idle);
    }
  }
}
