import { useConnectionState, useEchokit, usePresence, useStore } from '@echokit/react';
import type { PresenceUserInfo, Room, User } from '@echokit-demo/kit';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MessageSentEvent } from '../api/types.js';
import { StatePanel } from '../layout/state-panel.js';
import { RoomMessages } from '../messages/room-messages.js';
import { type ChatWhispers, TYPING_THROTTLE_MS } from '../typing/typing-whisper.js';
import { useTypingPeople } from '../typing/use-typing-people.js';
import { Composer } from './composer.js';
import { MessageList } from './message-list.js';
import { PresenceList } from './presence-list.js';
import { TypingLine } from './typing-line.js';

/** Server events on `presence-chat.{id}`: Laravel's `App\Events\MessageSent`, found by Echo as `MessageSent`. */
interface ChatEvents {
  MessageSent: MessageSentEvent;
}

/**
 * One room: joins `presence-chat.{id}` while open for members, messages and typing whispers, and catches
 * up with `?after_id=` whenever events may have been missed (first subscribe, every resync, back online).
 */
export function RoomView({ room, me }: { room: Room; me: User }) {
  const client = useEchokit();
  const [store] = useState(() => new RoomMessages(room.id, me, () => client.socketId()));
  const { log, status, error } = useStore(store);
  const typing = useTypingPeople();

  const onMessageSent = ({ message }: MessageSentEvent) => {
    store.receive([message]);
    typing.stopped(String(message.user.id));
  };
  const presence = usePresence<PresenceUserInfo, ChatEvents, ChatWhispers>(`chat.${room.id}`, {
    listen: { MessageSent: onMessageSent },
    whispers: {
      typing: (whisper, meta) => {
        const id = String(meta.userId ?? whisper.id);
        if (whisper.typing) typing.heard({ id, name: whisper.name });
        else typing.stopped(id);
      },
    },
    // After a reconnect the socket server has no memory of what we missed: ask the api.
    onResync: () => void store.catchUp(),
    onLeave: (member) => typing.stopped(member.id),
  });

  useEffect(() => {
    void store.load();
  }, [store]);

  // The first subscription closes the gap between the first page and the moment events started flowing.
  useEffect(() => {
    if (presence.status === 'subscribed') void store.catchUp();
  }, [presence.status, store]);

  // Coming back online may not drop the socket (frames can stall instead), so catch up on that too.
  const { online } = useConnectionState();
  const wasOnline = useRef(online);
  useEffect(() => {
    if (online && !wasOnline.current) void store.catchUp();
    wasOnline.current = online;
  }, [online, store]);

  const { whisper } = presence;
  const onTyping = useCallback(
    (isTyping: boolean) => {
      whisper('typing', { id: me.id, name: me.name, typing: isTyping }, { throttleMs: TYPING_THROTTLE_MS });
    },
    [whisper, me],
  );

  const forbidden = presence.status === 'error' ? presence.error : null;

  return (
    <section className="room" aria-label={`#${room.name}`}>
      <header className="room-header">
        <div>
          <h1 className="room-title">
            <span className="room-hash" aria-hidden="true">
              #
            </span>
            {room.name}
          </h1>
          <p className="room-description">{room.description}</p>
        </div>
      </header>
      <div className="room-body">
        <div className="conversation">
          {forbidden && (
            <p className="inline-error" role="alert">
              Could not join the live channel ({forbidden.status ?? forbidden.type}): {forbidden.message}
            </p>
          )}
          {status === 'loading' && log.messages.length === 0 ? (
            <div className="messages">
              <p className="empty-room">Loading messages…</p>
            </div>
          ) : status === 'error' ? (
            <div className="messages">
              <StatePanel title="Messages could not be loaded" tone="error">
                <p>{error}</p>
                <button type="button" className="button" onClick={() => void store.load()}>
                  Try again
                </button>
              </StatePanel>
            </div>
          ) : (
            <MessageList
              log={log}
              meId={me.id}
              onRetry={(clientId) => void store.retry(clientId)}
              onDiscard={(clientId) => store.discard(clientId)}
            />
          )}
          <TypingLine people={typing.people} />
          <Composer
            roomName={room.name}
            disabled={status !== 'ready'}
            onSend={(body) => void store.send(body)}
            onTyping={onTyping}
          />
        </div>
        <PresenceList members={presence.members} meId={me.id} status={presence.status} />
      </div>
    </section>
  );
}
