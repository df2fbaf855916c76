// Renders a presence member list with @echokit/react in happy-dom, against the real server, and counts
// React commits while the load generator makes members join and leave. A child process of its own so
// that the DOM globals never leak into the bench.
import { Window } from 'happy-dom';
import { createElement, Profiler, type ReactNode } from 'react';
import { signChannel } from '../load/channel-auth.js';
import type { RenderChildMessage, RenderChildSpec, RenderCounts } from './react-render-messages.js';

const spec = JSON.parse(process.argv[2] ?? '{}') as RenderChildSpec;
const window = new Window({ url: `http://${spec.host}:${spec.port}/` });
Object.assign(globalThis, { window, document: window.document, navigator: window.navigator });

// After the globals: React DOM looks for `document` when it loads.
const { createRoot } = await import('react-dom/client');
const { EchoProvider, usePresence } = await import('@echokit/react');

const VIEWER = { user_id: 'react-viewer', user_info: { name: 'React viewer' } };
const counts: RenderCounts = { commits: 0, changes: 0, members: 0 };
let announced = false;
let full = false;

function send(message: RenderChildMessage): void {
  process.send?.(message);
}

function MemberList(): ReactNode {
  const { members } = usePresence<{ name: string }>(spec.name, {
    onJoin: () => counts.changes++,
    onLeave: () => counts.changes++,
  });
  counts.members = members.length;
  if (!full && members.length >= spec.countFrom) {
    full = true;
    // This render's own commit is the first counted one.
    counts.commits = -1;
    counts.changes = 0;
  }
  if (!announced && members.length > 0) {
    announced = true;
    queueMicrotask(() => send({ type: 'ready', members: members.length }));
  }
  return createElement(
    'ul',
    null,
    members.map((member) => createElement('li', { key: member.id }, member.info?.name ?? member.id)),
  );
}

// Signs subscriptions here, as the app's /broadcasting/auth would.
const authorizer = (channel: { name: string }) => ({
  authorize: (socketId: string, callback: (error: Error | null, data: unknown) => void) => {
    const channelData = channel.name.startsWith('presence-') ? JSON.stringify(VIEWER) : undefined;
    callback(null, signChannel(spec, socketId, channel.name, channelData));
  },
});

const options = {
  broadcaster: 'reverb' as const,
  key: spec.appKey,
  wsHost: spec.host,
  wsPort: spec.port,
  forceTLS: false,
  enabledTransports: ['ws' as const],
  authorizer,
};

const container = window.document.createElement('div');
window.document.body.appendChild(container);
createRoot(container as unknown as Element).render(
  createElement(
    Profiler,
    { id: 'members', onRender: () => counts.commits++ },
    createElement(EchoProvider, { options: options as never }, createElement(MemberList)),
  ),
);

process.on('message', (message: string) => {
  if (message === 'report') send({ type: 'counts', ...counts, ...(full ? {} : { commits: 0, changes: 0 }) });
});
process.on('disconnect', () => process.exit(0));
process.on('uncaughtException', (error) => send({ type: 'error', error: error.message }));
