/** The last event published to a cache channel. */
export interface CachedEvent {
  event: string;
  data: string;
  /** Seconds left before it expires. */
  ttl: number;
}

interface Entry {
  event: string;
  data: string;
  expiresAt: number;
}

/**
 * Last events of one app's cache channels (`cache-…` and friends), each kept for `ttlSeconds`.
 * Expired entries are dropped when read and by a periodic sweep, so unread channels do not pile up.
 */
export class CacheStore {
  private readonly entries = new Map<string, Entry>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly ttlSeconds: number) {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  set(channel: string, event: string, data: string): void {
    this.entries.set(channel, { event, data, expiresAt: Date.now() + this.ttlSeconds * 1000 });
  }

  get(channel: string): CachedEvent | undefined {
    const entry = this.entries.get(channel);
    if (!entry) return undefined;
    const left = entry.expiresAt - Date.now();
    if (left <= 0) {
      this.entries.delete(channel);
      return undefined;
    }
    return { event: entry.event, data: entry.data, ttl: Math.ceil(left / 1000) };
  }

  close(): void {
    clearInterval(this.sweeper);
  }

  private sweep(): void {
    const now = Date.now();
    for (const [channel, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(channel);
  }
}
