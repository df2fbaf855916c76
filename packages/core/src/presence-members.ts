import type { PresenceMember } from './channel-types.js';

const NUMERIC = /^-?\d+(\.\d+)?$/;

/** Orders user ids numerically when both are numbers, else as strings: a stable order for member lists. */
export function compareMemberIds(a: string, b: string): number {
  if (NUMERIC.test(a) && NUMERIC.test(b)) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Members sorted by id (a new array). */
export function sortMembers<T>(members: readonly PresenceMember<T>[]): PresenceMember<T>[] {
  return [...members].sort((a, b) => compareMemberIds(a.id, b.id));
}

/** The difference between an old and a fresh member list, by id. */
export interface MemberDiff<T> {
  readonly joined: PresenceMember<T>[];
  readonly left: PresenceMember<T>[];
}

/**
 * Compares the list held before a reconnect with the fresh `here` list, so consumers see real joins and
 * leaves instead of an empty flash.
 *
 * @example
 * diffMembers([{ id: '1', info: a }], [{ id: '2', info: b }]) // { joined: [b's member], left: [a's member] }
 */
export function diffMembers<T>(
  before: readonly PresenceMember<T>[],
  after: readonly PresenceMember<T>[],
): MemberDiff<T> {
  const beforeIds = new Set(before.map((m) => m.id));
  const afterIds = new Set(after.map((m) => m.id));
  return {
    joined: after.filter((m) => !beforeIds.has(m.id)),
    left: before.filter((m) => !afterIds.has(m.id)),
  };
}

/**
 * Reads pusher-js's `Members` (`{ members: { [id]: info }, me: { id, info } }`) into sorted members and `me`.
 */
export function readPusherMembers<T>(members: unknown): {
  list: PresenceMember<T>[];
  me: PresenceMember<T> | null;
} {
  const source = (members ?? {}) as { members?: Record<string, T>; me?: { id?: unknown; info?: T } | null };
  const list = Object.entries(source.members ?? {}).map(([id, info]) => Object.freeze({ id, info }));
  const me =
    source.me && source.me.id !== undefined && source.me.id !== null
      ? Object.freeze({ id: String(source.me.id), info: source.me.info as T })
      : null;
  return { list: sortMembers(list), me };
}
