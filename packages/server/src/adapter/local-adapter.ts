import { ErrorCode, isCacheChannel, SERVER_TO_USER_PREFIX } from '@echokit/protocol';
import type { AppState } from '../app-state.js';
import type { Channel } from '../channels/channel.js';
import { PreparedMessage } from '../fanout/prepared-message.js';
import type { Adapter, ChannelInfo, PresenceUser, Publication } from './adapter.js';

/**
 * The single-node adapter: publishes to and answers from this process's memory.
 *
 * @example
 * const server = await startServer({ port: 0 });
 * await server.adapter.publish({ appId: 'app-id', channels: ['orders'], event: 'created', data: '{"id":1}' });
 */
export class LocalAdapter implements Adapter {
  /** @param stateOf finds an app's in-memory state by app id. */
  constructor(private readonly stateOf: (appId: string) => AppState | undefined) {}

  async publish(publication: Publication): Promise<void> {
    const state = this.stateOf(publication.appId);
    if (!state) return;
    const except =
      publication.exceptSocketId === undefined
        ? undefined
        : state.connections.get(publication.exceptSocketId);
    for (const name of publication.channels) {
      if (isCacheChannel(name)) state.cache.set(name, publication.event, publication.data);
      const channel = state.channels.get(name);
      if (!channel) continue;
      // Serialised and framed once per channel (the channel name is part of the frame).
      const message = new PreparedMessage({
        event: publication.event,
        channel: name,
        data: publication.data,
      });
      channel.broadcast(message, except);
    }
  }

  async channels(appId: string, prefix?: string): Promise<Map<string, ChannelInfo>> {
    const result = new Map<string, ChannelInfo>();
    const state = this.stateOf(appId);
    if (!state) return result;
    for (const channel of state.channels.all()) {
      // #server-to-user-… channels are per-user delivery, not channels an app lists.
      if (channel.name.startsWith(SERVER_TO_USER_PREFIX)) continue;
      if (prefix !== undefined && !channel.name.startsWith(prefix)) continue;
      result.set(channel.name, describe(channel));
    }
    return result;
  }

  async channel(appId: string, name: string): Promise<ChannelInfo> {
    const state = this.stateOf(appId);
    const channel = state?.channels.get(name);
    const info: ChannelInfo = channel
      ? describe(channel)
      : { occupied: false, subscriptionCount: 0, ...(name.startsWith('presence-') ? { userCount: 0 } : {}) };
    const cached = isCacheChannel(name) ? state?.cache.get(name) : undefined;
    if (cached) info.cache = cached;
    return info;
  }

  async presenceUsers(appId: string, name: string): Promise<PresenceUser[]> {
    const roster = this.stateOf(appId)?.channels.get(name)?.roster;
    return roster ? roster.ids().map((id) => ({ id })) : [];
  }

  async terminateUserConnections(appId: string, userId: string): Promise<void> {
    const state = this.stateOf(appId);
    for (const connection of state?.users.connectionsOf(userId) ?? []) {
      connection.fail(ErrorCode.Unauthorized, 'Connection terminated by the app');
    }
  }

  /** Nothing of its own to release: the socket server owns the sockets and app state. */
  async close(): Promise<void> {}
}

function describe(channel: Channel): ChannelInfo {
  const info: ChannelInfo = {
    occupied: channel.subscribers.size > 0,
    subscriptionCount: channel.subscribers.size,
  };
  if (channel.roster) info.userCount = channel.roster.count;
  return info;
}
