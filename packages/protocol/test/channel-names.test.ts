import { describe, expect, it } from 'vitest';
import {
  allowsClientEvents,
  channelKind,
  channelNameProblem,
  isCacheChannel,
  MAX_CHANNEL_NAME_LENGTH,
  requiresAuth,
  serverToUserChannel,
  serverToUserUserId,
} from '../src/index.js';

describe('channel names', () => {
  it('accepts the characters Pusher allows', () => {
    expect(channelNameProblem('presence-chat.1')).toBeNull();
    expect(channelNameProblem('private-App.Models.User.42')).toBeNull();
    expect(channelNameProblem('a_b-c=d@e,f.g;h')).toBeNull();
  });

  it('refuses empty, too long and invalid names with the reason', () => {
    expect(channelNameProblem('')).toBe('empty');
    expect(channelNameProblem('x'.repeat(MAX_CHANNEL_NAME_LENGTH))).toBeNull();
    expect(channelNameProblem('x'.repeat(MAX_CHANNEL_NAME_LENGTH + 1))).toBe('too-long');
    expect(channelNameProblem('chat room')).toBe('invalid-characters');
    expect(channelNameProblem('#server-to-user-1')).toBe('invalid-characters');
    expect(channelNameProblem('café')).toBe('invalid-characters');
  });

  it('reads the kind from the prefix, cache prefixes included', () => {
    expect(channelKind('orders')).toBe('public');
    expect(channelKind('cache-orders')).toBe('public');
    expect(channelKind('private-orders.1')).toBe('private');
    expect(channelKind('private-cache-orders.1')).toBe('private');
    expect(channelKind('private-encrypted-doc')).toBe('encrypted');
    expect(channelKind('private-encrypted-cache-doc')).toBe('encrypted');
    expect(channelKind('presence-room')).toBe('presence');
    expect(channelKind('presence-cache-room')).toBe('presence');
    // a prefix only counts at the start
    expect(channelKind('public-private-x')).toBe('public');
  });

  it('knows which channels cache, need auth and allow client events', () => {
    expect(isCacheChannel('cache-x')).toBe(true);
    expect(isCacheChannel('presence-cache-x')).toBe(true);
    expect(isCacheChannel('private-x')).toBe(false);
    expect(requiresAuth('orders')).toBe(false);
    expect(requiresAuth('private-encrypted-x')).toBe(true);
    expect(allowsClientEvents('private-x')).toBe(true);
    expect(allowsClientEvents('presence-x')).toBe(true);
    expect(allowsClientEvents('orders')).toBe(false);
    expect(allowsClientEvents('private-encrypted-x')).toBe(false);
  });

  it('names and reads server-to-user channels', () => {
    expect(serverToUserChannel('42')).toBe('#server-to-user-42');
    expect(serverToUserUserId('#server-to-user-42')).toBe('42');
    expect(serverToUserUserId('private-42')).toBeNull();
  });
});
