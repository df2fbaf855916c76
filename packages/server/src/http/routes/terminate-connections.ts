import { badRequest } from '../errors.js';
import type { ApiRoute } from '../route.js';

/** `POST /apps/{id}/users/{userId}/terminate_connections`: closes every connection signed in as that user. */
export const terminateConnections: ApiRoute = {
  method: 'POST',
  path: '/users/:userId/terminate_connections',
  hasBody: true,
  async handle({ app, params, adapter }) {
    const userId = params.userId ?? '';
    if (userId === '' || userId.length > app.maxUserIdLength) {
      throw badRequest(`user id must be 1 to ${app.maxUserIdLength} characters`);
    }
    await adapter.terminateUserConnections(app.id, userId);
    return {};
  },
};
