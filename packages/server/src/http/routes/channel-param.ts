import { isValidChannelName } from '@echokit/protocol';
import { badRequest } from '../errors.js';
import type { RouteContext } from '../route.js';

/** The `{channelName}` of a channel route, refused (400) when it is not a valid channel name. */
export function channelParam({ params }: RouteContext): string {
  const name = params.channelName ?? '';
  if (!isValidChannelName(name)) throw badRequest(`invalid channel name "${name}"`);
  return name;
}
