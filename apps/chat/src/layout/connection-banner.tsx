import { type ConnectionSnapshot, useConnectionState, useEchokit } from '@echokit/react';

type Tone = 'ok' | 'busy' | 'bad' | 'idle';

/** What the banner says for a connection snapshot. */
export function describeConnection(connection: ConnectionSnapshot): {
  text: string;
  tone: Tone;
  hint?: string;
} {
  if (!connection.online) {
    return { text: 'Offline', tone: 'bad', hint: 'Messages will catch up when you are back online.' };
  }
  switch (connection.status) {
    case 'connected':
      return { text: 'Connected', tone: 'ok' };
    case 'connecting':
      return { text: 'Connecting…', tone: 'busy' };
    case 'reconnecting':
      return {
        text: `Reconnecting… (attempt ${Math.max(connection.attempt, 1)})`,
        tone: 'busy',
        hint: 'Missed messages will appear once the connection is back.',
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
      // `idle`: no channel in use yet, so no socket was opened; nothing worth alarming anyone about.
      return { text: '', tone: 'idle' };
  }
}

/** The connection's state from `useConnectionState`: a quiet pill when live, a banner otherwise. */
export function ConnectionBanner() {
  const client = useEchokit();
  const connection = useConnectionState();
  const { text, tone, hint } = describeConnection(connection);
  return (
    <div
      className={`connection connection-${tone}`}
      role="status"
      data-status={connection.status}
      data-testid="connection"
    >
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-text">{text}</span>
      {hint && <span className="connection-hint">{hint}</span>}
      {connection.status === 'failed' && (
        <button type="button" className="link-button" onClick={() => client.connect()}>
          Try again
        </button>
      )}
    </div>
  );
}
