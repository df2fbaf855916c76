import type { Broadcaster, PublishOptions } from '../../src/broadcasting/broadcaster.js';

/** One recorded publish. */
export interface Published {
  channels: string[];
  event: string;
  data: unknown;
  socketId: string | undefined;
}

/**
 * A broadcaster that keeps what the app asked to publish, for tests of the app's side of broadcasting
 * (the end-to-end tests use the real pusher SDK against the real server). `failWith` makes it reject.
 */
export class RecordingBroadcaster implements Broadcaster {
  readonly published: Published[] = [];
  failWith: Error | undefined;

  async publish(channels: readonly string[], event: string, data: unknown, options: PublishOptions = {}) {
    if (this.failWith) throw this.failWith;
    this.published.push({ channels: [...channels], event, data, socketId: options.socketId });
  }
}
