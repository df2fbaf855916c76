// The bundled server in its own Node process (without the browser conditions the jsdom tests run under),
// driven by the parent over IPC: it reports its port, publishes on request and closes on request.
import { startServer } from '@echokit/server';

const app = JSON.parse(process.env.ECHOKIT_TEST_APP ?? '{}');
const server = await startServer({
  port: Number(process.env.ECHOKIT_TEST_PORT ?? 0),
  apps: [app],
  logLevel: 'silent',
});

process.on('message', async (message) => {
  if (message.type === 'publish') {
    await server.adapter.publish({ appId: app.id, ...message.publication });
    process.send?.({ type: 'published', id: message.id });
  } else if (message.type === 'close') {
    await server.close();
    process.send?.({ type: 'closed' }, () => process.exit(0));
  }
});
// Never outlive the test run that started it.
process.on('disconnect', () => process.exit(0));
process.send?.({ type: 'listening', port: server.port });
