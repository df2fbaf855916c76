import { useConnectionState, useEchokit } from '@echokit/react';
import { connectionLabel } from '@echokit-demo/kit';

const WORDS = {
  connected: 'Connected',
  offlineHint: 'Messages will catch up when you are back online.',
  reconnectingHint: 'Missed messages will appear once the connection is back.',
};

/** The connection's state from `useConnectionState`: a quiet pill when live, a banner otherwise. */
export function ConnectionBanner() {
  const client = useEchokit();
  const connection = useConnectionState();
  const { text, tone, hint } = connectionLabel(connection, WORDS);
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
