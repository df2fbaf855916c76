import type { Room } from '@echokit-demo/kit';
import { roomPath } from '../routing/use-room-route.js';

/** The rooms sidebar: rooms you belong to open; the others are shown, locked, as members-only. */
export function RoomList({
  rooms,
  activeId,
  onOpen,
}: {
  rooms: readonly Room[];
  activeId: number | null;
  onOpen(id: number): void;
}) {
  return (
    <nav className="room-list" aria-label="Rooms">
      <h2 className="section-title">Rooms</h2>
      <ul>
        {rooms.map((room) => (
          <li key={room.id}>
            {room.is_member ? (
              <a
                href={roomPath(room.id)}
                className="room-link"
                aria-current={room.id === activeId ? 'page' : undefined}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                  event.preventDefault();
                  onOpen(room.id);
                }}
              >
                <span className="room-hash" aria-hidden="true">
                  #
                </span>
                <span className="room-name">{room.name}</span>
                <span className="room-meta" title={`${room.member_count} members`}>
                  {room.member_count}
                </span>
              </a>
            ) : (
              <span
                className="room-link room-locked"
                aria-disabled="true"
                title="Only members can join this room"
              >
                <LockIcon />
                <span className="room-name">{room.name}</span>
                <span className="room-meta">Members only</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function LockIcon() {
  return (
    <svg className="room-hash" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <path
        fill="currentColor"
        d="M5 7V5a3 3 0 0 1 6 0v2h.5A1.5 1.5 0 0 1 13 8.5v5a1.5 1.5 0 0 1-1.5 1.5h-7A1.5 1.5 0 0 1 3 13.5v-5A1.5 1.5 0 0 1 4.5 7zm1.5 0h3V5a1.5 1.5 0 0 0-3 0z"
      />
    </svg>
  );
}
