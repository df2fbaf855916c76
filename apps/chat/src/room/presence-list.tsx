import type { PresenceMember } from '@echokit/react';
import type { PresenceUserInfo } from '@echokit-demo/kit';
import { Avatar } from '../layout/avatar.js';

/** Who is in the room right now, from the presence channel (kept on screen through reconnects). */
export function PresenceList({
  members,
  meId,
  status,
}: {
  members: readonly PresenceMember<PresenceUserInfo>[];
  meId: number;
  status: string;
}) {
  return (
    <aside className="presence" aria-label="Online now">
      <h2 className="section-title">
        Online{' '}
        <span className="presence-count" data-testid="online-count">
          {members.length}
        </span>
      </h2>
      {members.length === 0 ? (
        <p className="muted small">{status === 'error' ? 'Not available' : 'Joining…'}</p>
      ) : (
        <ul className="presence-members">
          {members.map((member) => (
            <li key={member.id} className="presence-member" data-user-id={member.id}>
              <span className="presence-avatar">
                <Avatar user={member.info} size="sm" />
                <span className="online-dot" aria-hidden="true" />
              </span>
              <span className="presence-name">
                {member.info.name}
                {Number(member.id) === meId && <span className="muted"> (you)</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
