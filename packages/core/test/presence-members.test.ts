import { describe, expect, it } from 'vitest';
import { compareMemberIds, diffMembers, readPusherMembers, sortMembers } from '../src/presence-members.js';

describe('presence members', () => {
  it('orders ids numerically when both are numbers, else as strings', () => {
    expect(['10', '9', '2'].sort(compareMemberIds)).toEqual(['2', '9', '10']);
    expect(['b', 'a', '3'].sort(compareMemberIds)).toEqual(['3', 'a', 'b']);
    expect(
      sortMembers([
        { id: '10', info: 1 },
        { id: '2', info: 2 },
      ]).map((m) => m.id),
    ).toEqual(['2', '10']);
  });

  it('diffs an old list against a fresh one by id', () => {
    const before = [
      { id: '1', info: 'a' },
      { id: '2', info: 'b' },
    ];
    const after = [
      { id: '2', info: 'b2' },
      { id: '3', info: 'c' },
    ];
    expect(diffMembers(before, after)).toEqual({
      joined: [{ id: '3', info: 'c' }],
      left: [{ id: '1', info: 'a' }],
    });
  });

  it("reads pusher-js's Members with numeric user ids as strings", () => {
    const { list, me } = readPusherMembers<{ name: string }>({
      members: { '12': { name: 'b' }, '3': { name: 'a' } },
      me: { id: 3, info: { name: 'a' } },
    });
    expect(list).toEqual([
      { id: '3', info: { name: 'a' } },
      { id: '12', info: { name: 'b' } },
    ]);
    expect(me).toEqual({ id: '3', info: { name: 'a' } });
    expect(readPusherMembers(undefined)).toEqual({ list: [], me: null });
  });
});
