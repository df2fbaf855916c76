// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createSSRApp, defineComponent, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import {
  createEchoPlugin,
  useChannel,
  useConnectionState,
  useConnectionStatus,
  useEcho,
  useEchoNotification,
  usePresence,
  useSocketId,
} from '../src/index.js';

describe('server rendering', () => {
  it('renders the idle state without window, creating no Echo and no socket', async () => {
    expect(typeof window).toBe('undefined');
    const plugin = createEchoPlugin({
      broadcaster: 'reverb',
      key: 'app-key',
      wsHost: '127.0.0.1',
      wsPort: 1,
      forceTLS: false,
    });
    const Page = defineComponent({
      setup() {
        const orders = useChannel('orders', { type: 'private', listen: { OrderShipped: () => {} } });
        const room = usePresence<{ name: string }>('chat');
        const connection = useConnectionState();
        const laravelStatus = useConnectionStatus();
        const socketId = useSocketId();
        useEcho('orders', 'OrderShipped', () => {});
        useEchoNotification('App.Models.User.1', () => {});
        return () =>
          h('p', [
            `${orders.status.value} ${room.status.value} ${room.count.value} ${room.members.value.length} `,
            `${connection.status.value} ${laravelStatus.value} ${socketId.value}`,
          ]);
      },
    });
    const app = createSSRApp(Page).use(plugin);
    const html = await renderToString(app);
    expect(html).toBe('<p>idle idle 0 0 idle disconnected undefined</p>');
    expect(plugin.client.hasEcho()).toBe(false);
    expect(plugin.client.channel('orders', 'private').leaseCount()).toBe(0);
  });
});
