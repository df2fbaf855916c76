import { channelKind } from '@echokit/protocol';
import type { Adapter, ChannelInfo } from '../adapter/adapter.js';
import { badRequest } from './errors.js';

/** Attributes the `info` parameter may ask for. */
export type InfoAttribute = 'user_count' | 'subscription_count' | 'cache';

/**
 * Reads `info=user_count,subscription_count` into a set, refusing (400) attributes the route does
 * not offer so a typo does not silently return nothing.
 */
export function parseInfo(info: string | undefined, allowed: readonly InfoAttribute[]): Set<InfoAttribute> {
  const asked = new Set<InfoAttribute>();
  for (const part of (info ?? '').split(',')) {
    const attribute = part.trim();
    if (attribute === '') continue;
    if (!(allowed as readonly string[]).includes(attribute)) {
      throw badRequest(`info: unknown attribute "${attribute}" (allowed: ${allowed.join(', ')})`);
    }
    asked.add(attribute as InfoAttribute);
  }
  return asked;
}

/** The counts a channel reports when `info` asks for them. */
export interface ChannelCounts {
  user_count?: number;
  subscription_count?: number;
}

/** `user_count` (presence channels only: others have no users) and `subscription_count`, as asked. */
export function channelCounts(
  channel: string,
  state: ChannelInfo,
  info: ReadonlySet<InfoAttribute>,
): ChannelCounts {
  const counts: ChannelCounts = {};
  if (info.has('user_count') && channelKind(channel) === 'presence') counts.user_count = state.userCount ?? 0;
  if (info.has('subscription_count')) counts.subscription_count = state.subscriptionCount;
  return counts;
}

/** A channel's counts right after publishing to it, for the events routes' `info` answer. */
export async function publishedChannelCounts(
  adapter: Adapter,
  appId: string,
  channel: string,
  info: ReadonlySet<InfoAttribute>,
): Promise<ChannelCounts> {
  return channelCounts(channel, await adapter.channel(appId, channel), info);
}
