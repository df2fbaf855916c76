import { z } from 'zod';
import { badRequest } from '../errors.js';
import {
  checkDataSize,
  checkEncryptedChannels,
  eventFields,
  MAX_CHANNELS_PER_EVENT,
  publishableChannel,
} from '../event-fields.js';
import { parseInfo, publishedChannelCounts } from '../info-attributes.js';
import type { ApiRoute } from '../route.js';

const triggerBody = z.object({
  ...eventFields,
  channel: publishableChannel.optional(),
  channels: z
    .array(publishableChannel)
    .min(1, 'channels must name at least one channel')
    .max(MAX_CHANNELS_PER_EVENT, `at most ${MAX_CHANNELS_PER_EVENT} channels per event`)
    .optional(),
});

/** `POST /apps/{id}/events`: publish one event to up to 100 channels. */
export const triggerEvents: ApiRoute = {
  method: 'POST',
  path: '/events',
  hasBody: true,
  async handle({ app, body, adapter }) {
    const event = triggerBody.parse(body);
    if (event.channel !== undefined && event.channels !== undefined) {
      throw badRequest('give either channel or channels, not both');
    }
    const channels = event.channels ?? (event.channel !== undefined ? [event.channel] : []);
    if (channels.length === 0) throw badRequest('channel or channels is required');
    checkEncryptedChannels(channels);
    checkDataSize(app, event.data);
    const info = parseInfo(event.info, ['user_count', 'subscription_count']);
    await adapter.publish({
      appId: app.id,
      channels: [...new Set(channels)],
      event: event.name,
      data: event.data,
      exceptSocketId: event.socket_id,
    });
    if (info.size === 0) return {};
    const answers: Record<string, object> = {};
    for (const channel of channels) {
      answers[channel] = await publishedChannelCounts(adapter, app.id, channel, info);
    }
    return { channels: answers };
  },
};
