import type Pusher from 'pusher';
import type { Broadcaster, PublishOptions } from './broadcaster.js';

// The HTTP API takes at most 100 channels per event (Pusher's limit, kept by the bundled server).
const MAX_CHANNELS_PER_TRIGGER = 100;

/** Publishes with the official pusher SDK's `trigger` (`POST /apps/{id}/events`), like Laravel's pusher driver. */
export class PusherBroadcaster implements Broadcaster {
  constructor(private readonly pusher: Pusher) {}

  async publish(channels: readonly string[], event: string, data: unknown, options: PublishOptions = {}) {
    const params = options.socketId ? { socket_id: options.socketId } : {};
    for (let start = 0; start < channels.length; start += MAX_CHANNELS_PER_TRIGGER) {
      await this.pusher.trigger(channels.slice(start, start + MAX_CHANNELS_PER_TRIGGER), event, data, params);
    }
  }
}
