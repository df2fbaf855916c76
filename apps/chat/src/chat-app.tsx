import type { User } from '@echokit-demo/kit';
import { useEffect } from 'react';
import { ConnectionBanner } from './layout/connection-banner.js';
import { Header } from './layout/header.js';
import { StatePanel } from './layout/state-panel.js';
import { RoomView } from './room/room-view.js';
import { RoomList } from './rooms/room-list.js';
import { useRooms } from './rooms/use-rooms.js';
import { useRoomRoute } from './routing/use-room-route.js';

/** The signed-in app: rooms on the left, the open room (messages, typing, who is online) beside them. */
export function ChatApp({ me }: { me: User }) {
  const { rooms, error, retry } = useRooms();
  const { roomId, open } = useRoomRoute();
  const room = rooms?.find((candidate) => candidate.id === roomId) ?? null;

  // No room in the URL (or an unknown one): open the first room you belong to.
  useEffect(() => {
    if (!rooms || room) return;
    const first = rooms.find((candidate) => candidate.is_member);
    if (first && roomId === null) open(first.id, { replace: true });
  }, [rooms, room, roomId, open]);

  return (
    <div className="app">
      <Header me={me}>
        <ConnectionBanner />
      </Header>
      <main className="layout">
        {error ? (
          <StatePanel title="Rooms could not be loaded" tone="error">
            <p>{error}</p>
            <button type="button" className="button" onClick={retry}>
              Try again
            </button>
          </StatePanel>
        ) : !rooms ? (
          <StatePanel title="Loading rooms…" />
        ) : (
          <>
            <RoomList rooms={rooms} activeId={room?.id ?? null} onOpen={open} />
            {room?.is_member ? (
              <RoomView key={room.id} room={room} me={me} />
            ) : room ? (
              <StatePanel title={`#${room.name} is for members only`}>
                <p>Ask someone in the room to add you. Pick another room on the left.</p>
              </StatePanel>
            ) : roomId !== null ? (
              <StatePanel title="No such room">
                <p>Pick a room from the list.</p>
              </StatePanel>
            ) : (
              <StatePanel title="You are not in any room yet" />
            )}
          </>
        )}
      </main>
    </div>
  );
}
