export {
  allowsClientEvents,
  CHANNEL_NAME_PATTERN,
  type ChannelKind,
  type ChannelNameProblem,
  channelKind,
  channelNameProblem,
  isCacheChannel,
  isValidChannelName,
  MAX_CHANNEL_NAME_LENGTH,
  requiresAuth,
  serverToUserChannel,
} from './channel-names.js';
export { ErrorCode, type ErrorCodeValue, type ReconnectAdvice, reconnectAdvice } from './error-codes.js';
export {
  CLIENT_EVENT_PREFIX,
  type ConnectionEstablishedData,
  type ErrorData,
  PROTOCOL_VERSION,
  type PresenceChannelData,
  type PresenceSubscriptionData,
  PusherEvent,
  type PusherFrame,
  type SigninData,
  type SigninUserData,
  type SubscribeData,
  type SubscriptionErrorData,
} from './messages.js';
export { channelAuthString, httpSigningString, type QueryParams, userAuthString } from './signing.js';
