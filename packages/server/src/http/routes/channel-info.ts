import { channelKind } from '@echokit/protocol';
import { badRequest } from '../errors.js';
import { parseInfo } from '../info-attributes.js';
import type { ApiRoute } from '../route.js';
import { channelParam } from './channel-param.js';

interface ChannelInfoAnswer {
  occupied: boolean;
  user_count?: number;
  subscription_count?: number;
  cache?: { data: string; ttl: number };
}

/** `GET /apps/{id}/channels/{name}`: `occupied`, and on request `user_count`, `subscription_count`, `cache`. */
export const channelInfo: ApiRoute = {
  method: 'GET',
  path: '/channels/:channelName',
  hasBody: false,
  async handle(context) {
    const channel = channelParam(context);
    const info = parseInfo(context.query.info, ['user_count', 'subscription_count', 'cache']);
    if (info.has('user_count') && channelKind(channel) !== 'presence') {
      throw badRequest('info=user_count is only available for presence- channels');
    }
    const state = await context.adapter.channel(context.app.id, channel);
    const answer: ChannelInfoAnswer = { occupied: state.occupied };
    if (info.has('user_count')) answer.user_count = state.userCount ?? 0;
    if (info.has('subscription_count')) answer.subscription_count = state.subscriptionCount;
    if (info.has('cache') && state.cache) answer.cache = { data: state.cache.data, ttl: state.cache.ttl };
    return answer;
  },
};
