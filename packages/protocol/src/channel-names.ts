/** The longest channel name Pusher accepts, prefix included. */
export const MAX_CHANNEL_NAME_LENGTH = 164;

/** Characters Pusher allows in a channel name (`#` is reserved for `#server-to-user-…`). */
export const CHANNEL_NAME_PATTERN = /^[A-Za-z0-9_\-=@,.;]+$/;

/**
 * What a channel's prefix makes it: who may join and whether a signature is needed.
 * `encrypted` is `private-encrypted-…`: private, and payloads are end-to-end encrypted.
 */
export type ChannelKind = 'public' | 'private' | 'encrypted' | 'presence';

/** Why a channel name was refused, or `null` when it is valid. */
export type ChannelNameProblem = 'empty' | 'too-long' | 'invalid-characters' | null;

/**
 * Checks a channel name against Pusher's rules.
 *
 * @example
 * channelNameProblem('presence-chat.1') // null
 * channelNameProblem('chat room')       // 'invalid-characters'
 */
export function channelNameProblem(name: string): ChannelNameProblem {
  if (name.length === 0) return 'empty';
  if (name.length > MAX_CHANNEL_NAME_LENGTH) return 'too-long';
  if (!CHANNEL_NAME_PATTERN.test(name)) return 'invalid-characters';
  return null;
}

/** True when `name` is a channel name Pusher accepts. */
export function isValidChannelName(name: string): boolean {
  return channelNameProblem(name) === null;
}

/**
 * The kind of a channel, read from its prefix (cache prefixes included).
 *
 * @example
 * channelKind('private-encrypted-cache-doc.1') // 'encrypted'
 */
export function channelKind(name: string): ChannelKind {
  const base = name.startsWith('private-cache-')
    ? `private-${name.slice('private-cache-'.length)}`
    : name.startsWith('presence-cache-')
      ? `presence-${name.slice('presence-cache-'.length)}`
      : name.startsWith('private-encrypted-cache-')
        ? `private-encrypted-${name.slice('private-encrypted-cache-'.length)}`
        : name;
  if (base.startsWith('private-encrypted-')) return 'encrypted';
  if (base.startsWith('private-')) return 'private';
  if (base.startsWith('presence-')) return 'presence';
  return 'public';
}

/** Cache channels (`cache-`, `private-cache-`, `presence-cache-`, `private-encrypted-cache-`) replay their last event. */
export function isCacheChannel(name: string): boolean {
  return (
    name.startsWith('cache-') ||
    name.startsWith('private-cache-') ||
    name.startsWith('presence-cache-') ||
    name.startsWith('private-encrypted-cache-')
  );
}

/** Private, encrypted and presence channels need a signature from the app's auth endpoint. */
export function requiresAuth(name: string): boolean {
  return channelKind(name) !== 'public';
}

/** Client events (`client-…`) are allowed only where every sender is authenticated. */
export function allowsClientEvents(name: string): boolean {
  const kind = channelKind(name);
  return kind === 'private' || kind === 'presence';
}

/** Prefix of the channels that carry server-to-user events (`#` keeps clients from naming them). */
export const SERVER_TO_USER_PREFIX = '#server-to-user-';

/** The channel that carries server-to-user events for a signed-in user. */
export function serverToUserChannel(userId: string): string {
  return `${SERVER_TO_USER_PREFIX}${userId}`;
}

/**
 * The user id a server-to-user channel belongs to, or `null` for any other channel.
 *
 * @example
 * serverToUserUserId('#server-to-user-42') // '42'
 */
export function serverToUserUserId(channel: string): string | null {
  return channel.startsWith(SERVER_TO_USER_PREFIX) ? channel.slice(SERVER_TO_USER_PREFIX.length) : null;
}
