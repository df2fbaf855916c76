import { EchoProvider } from '@echokit/react';
import { ChatApp } from './chat-app.js';
import { Header } from './layout/header.js';
import { StatePanel } from './layout/state-panel.js';
import { useBoot } from './use-boot.js';

/** Loads who you are and the Echo options, then gives the chat an Echokit client. */
export function App() {
  const boot = useBoot();
  if (boot.state === 'ready') {
    return (
      <EchoProvider options={boot.echoOptions}>
        <ChatApp me={boot.me} />
      </EchoProvider>
    );
  }
  return (
    <div className="app">
      <Header />
      <main className="layout layout-single">
        {boot.state === 'loading' && <StatePanel title="Loading…" />}
        {boot.state === 'signed-out' && (
          <StatePanel title="Pick a user first">
            <p>The demo has no passwords: choose who you are on the start page, then come back.</p>
            <a className="button" href="/">
              Pick a user
            </a>
          </StatePanel>
        )}
        {boot.state === 'error' && (
          <StatePanel title="The chat could not start" tone="error">
            <p>{boot.message}</p>
            <button type="button" className="button" onClick={boot.retry}>
              Try again
            </button>
          </StatePanel>
        )}
      </main>
    </div>
  );
}
