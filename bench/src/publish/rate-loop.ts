import { delay } from '../clock.js';
import { stampedData } from '../payload.js';
import type { Publish } from './publisher.js';

/** How many events to publish, how fast, and where. */
export interface RatePlan {
  eventsPerSecond: number;
  durationMs: number;
  /** The channels event `seq` goes to. */
  channelsFor(seq: number): string[];
  /** Most publish requests in flight at once (default 64). */
  maxInFlight?: number;
}

/** What the publisher managed. */
export interface RateOutcome {
  published: number;
  failed: number;
  /** Deliveries the subscribers should see: sum of channels per successful event × subscribers each. */
  channelEvents: number;
  errors: string[];
}

/**
 * Publishes at a steady rate on an absolute schedule (no drift), without waiting for one request before
 * sending the next, and never more than `maxInFlight` requests in flight (a slow server shows as fewer
 * events). A rate beyond what the server answers makes it a burst: back to back at `maxInFlight`.
 */
export async function publishAtRate(publish: Publish, plan: RatePlan): Promise<RateOutcome> {
  const outcome: RateOutcome = { published: 0, failed: 0, channelEvents: 0, errors: [] };
  const total = Math.max(1, Math.round((plan.eventsPerSecond * plan.durationMs) / 1000));
  const interval = 1000 / plan.eventsPerSecond;
  const inFlight = new Set<Promise<void>>();
  const start = Date.now();
  for (let seq = 0; seq < total; seq++) {
    await delay(Math.max(0, start + seq * interval - Date.now()));
    if (inFlight.size >= (plan.maxInFlight ?? 64)) await Promise.race(inFlight);
    const channels = plan.channelsFor(seq);
    const request = publish(channels, stampedData(seq)).then(
      () => {
        outcome.published++;
        outcome.channelEvents += channels.length;
      },
      (error: unknown) => {
        outcome.failed++;
        if (outcome.errors.length < 3)
          outcome.errors.push(error instanceof Error ? error.message : String(error));
      },
    );
    const tracked = request.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  }
  await Promise.all(inFlight);
  return outcome;
}
