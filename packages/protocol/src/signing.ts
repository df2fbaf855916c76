/**
 * The string a private or presence subscription signs:
 * `<socket_id>:<channel>` or `<socket_id>:<channel>:<channel_data>`.
 */
export function channelAuthString(socketId: string, channel: string, channelData?: string): string {
  return channelData === undefined ? `${socketId}:${channel}` : `${socketId}:${channel}:${channelData}`;
}

/** The string a user sign-in signs: `<socket_id>::user::<user_data>`. */
export function userAuthString(socketId: string, userData: string): string {
  return `${socketId}::user::${userData}`;
}

/** Query parameters as the HTTP API receives them (repeated keys keep their last value). */
export type QueryParams = Record<string, string>;

/**
 * The string an HTTP API request signs:
 * `METHOD\nPATH\n` + the query sorted by lower-cased key, `auth_signature` left out, not URL-escaped.
 *
 * @example
 * httpSigningString('POST', '/apps/3/events', { auth_key: 'k', auth_timestamp: '1', auth_version: '1.0' })
 * // 'POST\n/apps/3/events\nauth_key=k&auth_timestamp=1&auth_version=1.0'
 */
export function httpSigningString(method: string, path: string, params: QueryParams): string {
  const query = Object.entries(params)
    .map(([key, value]) => [key.toLowerCase(), value] as const)
    .filter(([key]) => key !== 'auth_signature')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  return `${method.toUpperCase()}\n${path}\n${query}`;
}
