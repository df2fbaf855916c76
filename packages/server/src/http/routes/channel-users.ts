import { channelKind } from '@echokit/protocol';
import { badRequest } from '../errors.js';
import type { ApiRoute } from '../route.js';
import { channelParam } from './channel-param.js';

/** `GET /apps/{id}/channels/{name}/users`: the distinct members of a presence channel. */
export const channelUsers: ApiRoute = {
  method: 'GET',
  path: '/channels/:channelName/users',
  hasBody: false,
  async handle(context) {
    const channel = channelParam(context);
    if (channelKind(channel) !== 'presence') throw badRequest('users are only listed for presence- channels');
    const users = await context.adapter.presenceUsers(context.app.id, channel);
    return { users: users.map((user) => ({ id: user.id })) };
  },
};
