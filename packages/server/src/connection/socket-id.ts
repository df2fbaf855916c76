import { randomInt } from 'node:crypto';

/**
 * A new socket id in Pusher's `<int>.<int>` form (Laravel validates it with `^\d+\.\d+$`).
 * Random rather than sequential so one client cannot guess another's id for `socket_id` exclusion.
 */
export function createSocketId(): string {
  return `${randomInt(1, 2 ** 31)}.${randomInt(1, 2 ** 31)}`;
}
