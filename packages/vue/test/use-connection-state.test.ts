import { describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick } from 'vue';
import { useChannel, useConnectionState } from '../src/index.js';
import { fakeClient, renderWith, settle } from './helpers.js';

describe('useConnectionState', () => {
  it('follows the state machine: connected → reconnecting → connected, with socket id and attempt', async () => {
    const client = fakeClient();
    const view = renderWith(client, () => {
      const { status, socketId, attempt } = useConnectionState();
      useChannel('news');
      return () => `${status.value}|${socketId.value}|${attempt.value}`;
    });
    await settle(client);
    expect(view.text()).toMatch(/^connected\|\d+\.\d+\|0$/);
    client.fake.drop();
    await nextTick();
    expect(view.text()).toBe('reconnecting|null|1');
    client.fake.reconnect();
    await nextTick();
    expect(view.text()).toMatch(/^connected\|\d+\.\d+\|0$/);
  });

  it('shows idle and opens nothing by itself', async () => {
    const client = fakeClient();
    const view = renderWith(client, () => {
      const { status } = useConnectionState();
      return () => status.value;
    });
    await nextTick();
    expect(view.text()).toBe('idle');
    expect(client.hasEcho()).toBe(false);
  });

  it('calls onResync once after every reconnect, not on the first connect', async () => {
    const client = fakeClient();
    const onResync = vi.fn();
    const scope = effectScope();
    scope.run(() => {
      useConnectionState({ onResync });
      useChannel('news');
    });
    await settle(client);
    expect(onResync).not.toHaveBeenCalled();
    client.fake.drop();
    client.fake.reconnect();
    expect(onResync).toHaveBeenCalledTimes(1);
    client.fake.drop();
    client.fake.reconnect();
    expect(onResync).toHaveBeenCalledTimes(2);
    scope.stop();
    client.fake.drop();
    client.fake.reconnect();
    expect(onResync).toHaveBeenCalledTimes(2);
  });

  it('does not re-render for a change it does not show', async () => {
    const client = fakeClient();
    const view = renderWith(client, () => {
      const { status } = useConnectionState();
      useChannel('news', { listen: { Posted: () => {} } });
      return () => status.value;
    });
    await settle(client);
    const renders = view.counter.renders;
    client.fake.emit('news', 'Posted', {});
    window.dispatchEvent(new Event('offline')); // `online` changes, `status` does not
    await nextTick();
    expect(view.counter.renders).toBe(renders);
    expect(client.connection.getSnapshot().online).toBe(false);
  });
});
