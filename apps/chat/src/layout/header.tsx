import type { User } from '@echokit-demo/kit';
import { Avatar } from './avatar.js';

/** The top bar: app name, a link back to the landing page, the signed-in user and (slot) the connection. */
export function Header({ me, children }: { me?: User; children?: React.ReactNode }) {
  return (
    <header className="app-header">
      <a className="brand" href="/" title="All Echokit demo apps">
        <span className="brand-mark" aria-hidden="true">
          ◆
        </span>
        <span>
          Echokit <strong>Chat</strong>
        </span>
      </a>
      <div className="header-status">{children}</div>
      <nav className="header-user" aria-label="Account">
        {me && (
          <span className="me" data-testid="me">
            <Avatar user={me} size="sm" />
            <span className="me-name">{me.name}</span>
          </span>
        )}
        <a href="/" className="header-link">
          All apps
        </a>
      </nav>
    </header>
  );
}
