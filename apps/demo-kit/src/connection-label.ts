import type { ConnectionSnapshot } from '@echokit/core';

/** How the banner looks: a quiet green pill when live, amber while trying, red when it gave up. */
export type ConnectionTone = 'ok' | 'busy' | 'bad' | 'idle';

/** What the connection banner shows for one snapshot. */
export interface ConnectionLabel {
  tone: ConnectionTone;
  text: string;
  /** A second, quieter line: what happens next. */
  hint?: string;
}

/** The words that differ per app; everything else is the same in every demo. */
export interface ConnectionLabelOptions {
  /** The pill while connected, e.g. `Connected` or `Live`. */
  connected: string;
  /** Shown while no channel is in use yet, so no socket was opened (default: nothing). */
  idle?: string;
  /** What catches up once the network is back (offline hint). */
  offlineHint?: string;
  /** What catches up once the socket is back (reconnecting hint). */
  reconnectingHint?: string;
}

/**
 * What the connection banner says for a `useConnectionState` snapshot, framework-free so React, Vue and
 * Svelte banners word every state alike.
 *
 * @example
 * connectionLabel(snapshot, { connected: 'Live' });
 * // → { tone: 'busy', text: 'Reconnecting… (attempt 2)' } after a drop
 */
export function connectionLabel(
  connection: ConnectionSnapshot,
  options: ConnectionLabelOptions,
): ConnectionLabel {
  if (!connection.online) return withHint({ text: 'Offline', tone: 'bad' }, options.offlineHint);
  switch (connection.status) {
    case 'connected':
      return { text: options.connected, tone: 'ok' };
    case 'connecting':
      return { text: 'Connecting…', tone: 'busy' };
    case 'reconnecting':
      return withHint(
        { text: `Reconnecting… (attempt ${Math.max(connection.attempt, 1)})`, tone: 'busy' },
        options.reconnectingHint,
      );
    case 'failed':
      return {
        text: 'Connection failed',
        tone: 'bad',
        hint: connection.lastError?.message ?? 'The server refused us.',
      };
    case 'disconnected':
      return { text: 'Disconnected', tone: 'bad' };
    default:
      return { text: options.idle ?? '', tone: 'idle' };
  }
}

function withHint(label: ConnectionLabel, hint: string | undefined): ConnectionLabel {
  return hint === undefined ? label : { ...label, hint };
}
