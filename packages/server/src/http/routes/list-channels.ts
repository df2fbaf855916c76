import { badRequest } from '../errors.js';
import { type ChannelCounts, channelCounts, parseInfo } from '../info-attributes.js';
import type { ApiRoute } from '../route.js';

/** `GET /apps/{id}/channels`: occupied channels, optionally by prefix, with `user_count` for presence ones. */
export const listChannels: ApiRoute = {
  method: 'GET',
  path: '/channels',
  hasBody: false,
  async handle({ app, query, adapter }) {
    const prefix = query.filter_by_prefix || undefined;
    const info = parseInfo(query.info, ['user_count', 'subscription_count']);
    if (info.has('user_count') && !prefix?.startsWith('presence-')) {
      throw badRequest('info=user_count needs filter_by_prefix starting with presence-');
    }
    const channels = await adapter.channels(app.id, prefix);
    const answer: Record<string, ChannelCounts> = {};
    for (const [name, state] of channels) {
      answer[name] = channelCounts(name, state, info);
    }
    return { channels: answer };
  },
};
