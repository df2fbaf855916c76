import type { ChannelInfo } from '../broadcasting/channel-info.js';
import { BroadcastChannels } from '../broadcasting/events.js';
import { failureReason, type Logger } from '../logger.js';

/**
 * Keeps a recent count of chat presence members by asking the socket server every `intervalMs`.
 * When the server cannot answer (not started yet, restarting) the last known count stays, and the
 * failure is logged once per outage rather than every poll.
 */
export class ActiveUsersCounter {
  private count = 0;
  private timer: NodeJS.Timeout | undefined;
  private failing = false;
  private inFlight = false;

  constructor(
    private readonly channelInfo: ChannelInfo,
    private readonly logger: Logger,
    private readonly intervalMs = 2_000,
  ) {}

  /** The last count the server gave (0 before the first answer). */
  current(): number {
    return this.count;
  }

  start(): void {
    if (this.timer) return;
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Asks once now; resolves when the answer (or failure) is in. */
  async refresh(): Promise<void> {
    if (this.inFlight) return;
    this.inFlight = true;
    try {
      this.count = await this.channelInfo.presenceUserCount(BroadcastChannels.chatPresencePrefix);
      if (this.failing) this.logger.info('active users: socket server answers again');
      this.failing = false;
    } catch (error) {
      if (!this.failing)
        this.logger.warn(
          `active users: socket server did not answer (${failureReason(error)}); keeping the last count`,
        );
      this.failing = true;
    } finally {
      this.inFlight = false;
    }
  }
}
