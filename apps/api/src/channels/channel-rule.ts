import type { Db } from '../db/connection.js';
import type { User } from '../models/user.js';

/**
 * What a rule answers, as in Laravel's `routes/channels.php`: `true` lets the user into a private channel,
 * an object lets them in and becomes their presence `user_info`, `false`/`null` refuses (403).
 */
export type ChannelRuleResult = boolean | Record<string, unknown> | null;

/** A rule's callback: the user, the `{placeholders}` from the pattern, and the database. */
export type ChannelRuleCallback = (user: User, params: Record<string, string>, db: Db) => ChannelRuleResult;

/** One `Broadcast::channel(pattern, callback)`. */
export interface ChannelRule {
  /** The name without `private-`/`presence-`, with `{placeholders}`, e.g. `chat.{roomId}`. */
  pattern: string;
  matcher: RegExp;
  keys: string[];
  callback: ChannelRuleCallback;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

/**
 * Declares a channel rule, like `Broadcast::channel('chat.{roomId}', fn ($user, $roomId) => …)`.
 * A placeholder matches one dot-free segment, as in Laravel.
 *
 * @example
 * channel('App.Models.User.{id}', (user, { id }) => user.id === Number(id));
 */
export function channel(pattern: string, callback: ChannelRuleCallback): ChannelRule {
  const keys: string[] = [];
  const source = pattern
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const placeholder = /^\{([^}]+)\}$/.exec(part);
      if (!placeholder?.[1]) return escapeRegExp(part);
      keys.push(placeholder[1]);
      return '([^.]+)';
    })
    .join('');
  return { pattern, matcher: new RegExp(`^${source}$`), keys, callback };
}

/** The first rule matching `name` (already without its prefix) and its parameters. */
export function matchChannel(
  rules: readonly ChannelRule[],
  name: string,
): { rule: ChannelRule; params: Record<string, string> } | undefined {
  for (const rule of rules) {
    const match = rule.matcher.exec(name);
    if (!match) continue;
    const params: Record<string, string> = {};
    rule.keys.forEach((key, index) => {
      params[key] = match[index + 1] ?? '';
    });
    return { rule, params };
  }
  return undefined;
}
