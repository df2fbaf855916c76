import type Pusher from 'pusher';

/** Questions the app asks the socket server about its channels. */
export interface ChannelInfo {
  /** Sum of `user_count` over presence channels whose name starts with `prefix`. */
  presenceUserCount(prefix: string): Promise<number>;
}

/** Asks through the pusher SDK: `GET /apps/{id}/channels?filter_by_prefix=…&info=user_count`. */
export class PusherChannelInfo implements ChannelInfo {
  constructor(private readonly pusher: Pusher) {}

  async presenceUserCount(prefix: string): Promise<number> {
    const response = await this.pusher.get({
      path: '/channels',
      params: { filter_by_prefix: prefix, info: 'user_count' },
    });
    const body = (await response.json()) as { channels?: Record<string, { user_count?: number }> };
    let total = 0;
    for (const channel of Object.values(body.channels ?? {})) total += channel.user_count ?? 0;
    return total;
  }
}
