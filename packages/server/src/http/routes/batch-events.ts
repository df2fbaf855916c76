import { z } from 'zod';
import { checkDataSize, eventFields, publishableChannel } from '../event-fields.js';
import { parseInfo, publishedChannelCounts } from '../info-attributes.js';
import type { ApiRoute } from '../route.js';

/** Most events one batch may hold. */
export const MAX_BATCH_SIZE = 10;

const batchBody = z.object({
  batch: z
    .array(z.object({ ...eventFields, channel: publishableChannel }))
    .max(MAX_BATCH_SIZE, `at most ${MAX_BATCH_SIZE} events per batch`),
});

/** `POST /apps/{id}/batch_events`: publish up to 10 events, each to one channel. */
export const batchEvents: ApiRoute = {
  method: 'POST',
  path: '/batch_events',
  hasBody: true,
  async handle({ app, body, adapter }) {
    const { batch } = batchBody.parse(body);
    // Check every event before publishing any, so a refused batch publishes nothing.
    for (const event of batch) checkDataSize(app, event.data);
    const infos = batch.map((event) => parseInfo(event.info, ['user_count', 'subscription_count']));
    for (const event of batch) {
      await adapter.publish({
        appId: app.id,
        channels: [event.channel],
        event: event.name,
        data: event.data,
        exceptSocketId: event.socket_id,
      });
    }
    if (infos.every((info) => info.size === 0)) return {};
    const answers: object[] = [];
    for (const [index, event] of batch.entries()) {
      answers.push(await publishedChannelCounts(adapter, app.id, event.channel, infos[index] ?? new Set()));
    }
    return { batch: answers };
  },
};
