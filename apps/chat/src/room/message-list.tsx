import type { Message, PresenceUserInfo } from '@echokit-demo/kit';
import { useLayoutEffect, useRef } from 'react';
import { Avatar } from '../layout/avatar.js';
import type { MessageLog, PendingMessage } from '../messages/message-log.js';

const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** Consecutive messages by one person within this window share one name line. */
const GROUP_MS = 5 * 60_000;

type Row =
  | { kind: 'stored'; key: string; message: Message; first: boolean }
  | { kind: 'pending'; key: string; message: PendingMessage; first: boolean };

function rowsOf(log: MessageLog): Row[] {
  const rows: Row[] = [];
  let previous: { userId: number; at: number } | null = null;
  const add = (row: Omit<Row, 'first'>, user: PresenceUserInfo, createdAt: string) => {
    const at = Date.parse(createdAt);
    const first = previous === null || previous.userId !== user.id || at - previous.at > GROUP_MS;
    previous = { userId: user.id, at };
    rows.push({ ...row, first } as Row);
  };
  for (const message of log.messages)
    add({ kind: 'stored', key: `m${message.id}`, message }, message.user, message.created_at);
  for (const message of log.pending)
    add({ kind: 'pending', key: `p${message.client_id}`, message }, message.user, message.created_at);
  return rows;
}

/** The conversation: stored messages in id order, then this tab's pending ones (with retry on failure). */
export function MessageList({
  log,
  meId,
  onRetry,
  onDiscard,
}: {
  log: MessageLog;
  meId: number;
  onRetry(clientId: string): void;
  onDiscard(clientId: string): void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  const rows = rowsOf(log);

  const sent = useRef(log.pending.length);

  // Follow new messages only while the reader is at the bottom (someone reading history is not yanked
  // down), or when they just sent one themselves.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs whenever the rows change.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (log.pending.length > sent.current) pinned.current = true;
    sent.current = log.pending.length;
    if (element && pinned.current) element.scrollTop = element.scrollHeight;
  }, [rows.length]);

  return (
    <div
      className="messages"
      ref={scroller}
      onScroll={(event) => {
        const element = event.currentTarget;
        pinned.current = element.scrollHeight - element.scrollTop - element.clientHeight < 48;
      }}
    >
      {rows.length === 0 ? (
        <p className="empty-room">No messages yet. Say hello!</p>
      ) : (
        <ol className="message-list" role="log" aria-label="Messages">
          {rows.map((row) => {
            const { message } = row;
            const mine = message.user.id === meId;
            const pending = row.kind === 'pending';
            const failed = pending && row.message.failed;
            return (
              <li
                key={row.key}
                className={`message${mine ? ' mine' : ''}${row.first ? ' first' : ''}${pending ? ' pending' : ''}${failed ? ' failed' : ''}`}
                data-message-id={row.kind === 'stored' ? row.message.id : undefined}
              >
                <span className="message-avatar">{row.first && <Avatar user={message.user} />}</span>
                <div className="message-content">
                  {row.first && (
                    <div className="message-meta">
                      <span className="message-author">{mine ? 'You' : message.user.name}</span>
                      <time dateTime={message.created_at}>{time.format(new Date(message.created_at))}</time>
                    </div>
                  )}
                  <p className="message-body" data-testid="message-body">
                    {message.body}
                  </p>
                  {pending && (
                    <div className="message-state">
                      {failed ? (
                        <>
                          Not sent ·{' '}
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => onRetry(row.message.client_id)}
                          >
                            Retry
                          </button>{' '}
                          ·{' '}
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => onDiscard(row.message.client_id)}
                          >
                            Discard
                          </button>
                        </>
                      ) : (
                        'Sending…'
                      )}
                    </div>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
