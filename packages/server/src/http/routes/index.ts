import type { ApiRoute } from '../route.js';
import { batchEvents } from './batch-events.js';
import { channelInfo } from './channel-info.js';
import { channelUsers } from './channel-users.js';
import { listChannels } from './list-channels.js';
import { terminateConnections } from './terminate-connections.js';
import { triggerEvents } from './trigger-events.js';

/** Every signed route of the Pusher HTTP API. */
export const apiRoutes: readonly ApiRoute[] = [
  triggerEvents,
  batchEvents,
  listChannels,
  channelInfo,
  channelUsers,
  terminateConnections,
];
