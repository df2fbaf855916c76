import type { ConnectionSnapshot } from '@echokit/svelte';

/** How the banner looks: a quiet green pill when live, amber while trying, red when it gave up. */
export type ConnectionTone = 'ok' | 'busy' | 'bad' | 'idle';

/** What the connection banner says for a snapshot of `useConnectionState`. */
export function describeConnection(connection: ConnectionSnapshot): {
  text: string;
  tone: ConnectionTone;
  hint?: string;
} {
  if (!connection.online) {
    return { text: 'Offline', tone: 'bad', hint: 'The charts catch up when you are back online.' };
  }
  switch (connection.status) {
    case 'connected':
      return { text: 'Live', tone: 'ok' };
    case 'connecting':
      return { text: 'Connecting…', tone: 'busy' };
    case 'reconnecting':
      return {
        text: `Reconnecting… (attempt ${Math.max(connection.attempt, 1)})`,
        tone: 'busy',
        hint: 'Missed points are reloaded once the connection is back.',
      };
    case 'failed':
      return {
        text: 'Connection failed',
        tone: 'bad',
        hint: connection.lastError?.message ?? 'The server refused us.',
      };
    case 'disconnected':
      return { text: 'Disconnected', tone: 'bad' };
    default:
      return { text: 'Not connected', tone: 'idle' };
  }
}
