import type { Room } from '../api/types.js';
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
                <span className="room-meta">{room.member_count}</span>
              </a>
            ) : (
              <span
                className="room-link room-locked"
                aria-disabled="true"
                title="Only members can join this room"
              >
                <span className="room-hash" aria-hidden="true">
                  🔒
                </span>
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
