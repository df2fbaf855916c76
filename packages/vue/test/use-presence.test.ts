import { describe, expect, it, vi } from 'vitest';
import { nextTick, onUpdated, ref } from 'vue';
import { type PresenceMember, usePresence } from '../src/index.js';
import { fakeClient, renderWith, settle } from './helpers.js';

type Info = { name: string };
const ada = { id: 1, info: { name: 'Ada' } };
const grace = { id: 2, info: { name: 'Grace' } };
const bob = { id: 3, info: { name: 'Bob' } };

const names = (members: readonly PresenceMember<Info>[]) => members.map((m) => m.info.name).join(',');

describe('usePresence', () => {
  it('lists members with me and count, and re-renders once per join', async () => {
    const client = fakeClient({ user: ada });
    const view = renderWith(client, () => {
      const { members, me, count } = usePresence<Info>('chat');
      return () => `${names(members.value)}|${me.value?.info.name}|${count.value}`;
    });
    await settle(client);
    expect(view.text()).toBe('Ada|Ada|1');
    const renders = view.counter.renders;
    client.fake.join('presence-chat', grace);
    await nextTick();
    expect(view.text()).toBe('Ada,Grace|Ada|2');
    expect(view.counter.renders).toBe(renders + 1);
  });

  it('does not re-render a component that shows only the status when members change', async () => {
    const client = fakeClient({ user: ada });
    const view = renderWith(client, () => {
      const { status } = usePresence<Info>('chat');
      return () => status.value;
    });
    await settle(client);
    const renders = view.counter.renders;
    client.fake.join('presence-chat', grace);
    client.fake.emit('presence-chat', 'Unrelated', {});
    await nextTick();
    expect(view.counter.renders).toBe(renders);
  });

  it('calls onJoin/onLeave and hands whispers the sender id', async () => {
    const client = fakeClient({ user: ada });
    const log: string[] = [];
    renderWith(client, () => {
      usePresence<Info>('chat', {
        onJoin: (m) => log.push(`join ${m.info.name}`),
        onLeave: (m) => log.push(`leave ${m.info.name}`),
        whispers: { typing: (e, meta) => log.push(`typing ${meta.userId} ${JSON.stringify(e)}`) },
      });
      return () => '';
    });
    await settle(client);
    client.fake.join('presence-chat', grace);
    client.fake.whisper('presence-chat', 'typing', { on: true }, 2);
    client.fake.leave('presence-chat', 2);
    expect(log).toEqual(['join Grace', 'typing 2 {"on":true}', 'leave Grace']);
  });

  it('keeps members through a reconnect (never empty), then shows the real changes once', async () => {
    const client = fakeClient({ user: ada });
    const log: string[] = [];
    const shown: string[] = [];
    renderWith(client, () => {
      const { members, status } = usePresence<Info>('chat', {
        onJoin: (m) => log.push(`join ${m.info.name}`),
        onLeave: (m) => log.push(`leave ${m.info.name}`),
      });
      onUpdated(() => shown.push(`${status.value}:${names(members.value)}`));
      return () => `${status.value}:${names(members.value)}`;
    });
    await settle(client);
    client.fake.join('presence-chat', grace);
    await nextTick();
    client.fake.drop();
    await nextTick();
    // While offline Grace leaves and Bob arrives; nothing reaches us until we are back.
    client.fake.leave('presence-chat', 2);
    client.fake.join('presence-chat', bob);
    client.fake.reconnect();
    await settle(client);
    expect(shown).toEqual([
      'pending:', // mount → subscribing
      'subscribed:Ada',
      'subscribed:Ada,Grace',
      'pending:Ada,Grace',
      'subscribed:Ada,Bob',
    ]);
    expect(log).toEqual(['join Grace', 'leave Grace', 'join Bob']);
  });

  it('moves to another room when the name ref changes', async () => {
    const client = fakeClient({ user: ada });
    client.fake.join('presence-room.2', grace);
    const room = ref(1);
    const view = renderWith(client, () => {
      const { members } = usePresence<Info>(() => `room.${room.value}`);
      return () => names(members.value);
    });
    await settle(client);
    expect(view.text()).toBe('Ada');
    room.value = 2;
    await settle(client);
    expect(view.text()).toBe('Ada,Grace');
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual(['presence-room.2']));
  });
});

describe('the README example: chat presence with a typing indicator', () => {
  it('shows members, messages and who is typing, and whispers while typing', async () => {
    const client = fakeClient({ user: ada });
    client.fake.join('presence-chat.1', grace);
    let type = () => {};
    const view = renderWith(
      client,
      (props: { roomId: number }) => {
        const messages = ref<{ text: string }[]>([]);
        const typing = ref('');
        const { members, me, whisper } = usePresence<Info>(() => `chat.${props.roomId}`, {
          listen: { MessagePosted: (m: { text: string }) => messages.value.push(m) },
          whispers: { typing: (e: { name: string }) => (typing.value = `${e.name} is typing…`) },
        });
        type = () => whisper('typing', { name: me.value?.info.name });
        return () => `${names(members.value)} ${typing.value} ${messages.value.map((m) => m.text).join('/')}`;
      },
      { roomId: 1 },
    );
    await settle(client);
    expect(view.text()).toBe('Ada,Grace  ');
    client.fake.whisper('presence-chat.1', 'typing', { name: 'Grace' }, 2);
    client.fake.emit('presence-chat.1', 'MessagePosted', { text: 'hi' });
    await nextTick();
    expect(view.text()).toBe('Ada,Grace Grace is typing… hi');
    type();
    expect(client.fake.whispers).toEqual([
      { channel: 'presence-chat.1', event: 'typing', payload: { name: 'Ada' } },
    ]);
  });
});
