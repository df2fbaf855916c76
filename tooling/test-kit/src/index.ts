export { reverbEchoOptions } from './echo-options.js';
export {
  type AppCredentials,
  type ChannelAuth,
  type ChannelAuthCallback,
  laravelAuthorizer,
  laravelChannelAuth,
  type PresenceUser,
  presenceChannelData,
  signChannel,
} from './laravel-auth.js';
export {
  type AuthEndpoint,
  type AuthEndpointOptions,
  type EndpointUser,
  startLaravelAuthEndpoint,
  TEST_USER_HEADER,
} from './laravel-auth-endpoint.js';
export { connected, localPusherOptions, nextEvent, roundTrip, subscribe } from './pusher-js.js';
export { type BoundedWaits, boundedWaits, eventually, WAIT_MS, within } from './wait.js';
