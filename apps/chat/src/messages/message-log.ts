import type { Message, User } from '@echokit-demo/kit';

/** A message this tab is still sending (or failed to send), shown until the server's copy replaces it. */
export interface PendingMessage {
  client_id: string;
  body: string;
  user: User;
  created_at: string;
  failed: boolean;
}

/**
 * What the room shows: stored messages in ascending id order, each once, then this tab's pending ones.
 * Every source (first load, live broadcast, POST answer, resync) goes through {@link mergeMessages}, so
 * the order and the absence of duplicates do not depend on which arrives first.
 */
export interface MessageLog {
  readonly messages: readonly Message[];
  readonly pending: readonly PendingMessage[];
}

export const EMPTY_LOG: MessageLog = { messages: [], pending: [] };

/** The highest stored id, the `after_id` of the next resync (0 for an empty room). */
export function lastMessageId(log: MessageLog): number {
  return log.messages.at(-1)?.id ?? 0;
}

/**
 * Adds stored messages: skips ids already held, keeps ascending id order, and retires the pending entry
 * whose `client_id` the server echoed back. Returns the same log when nothing changed.
 */
export function mergeMessages(log: MessageLog, incoming: readonly Message[]): MessageLog {
  const known = new Set(log.messages.map((message) => message.id));
  const fresh = incoming.filter((message) => {
    if (known.has(message.id)) return false;
    known.add(message.id);
    return true;
  });
  if (fresh.length === 0) return log;
  const confirmed = new Set(fresh.map((message) => message.client_id).filter((id) => id !== null));
  const last = lastMessageId(log);
  const inOrder = fresh.every((message, index) => message.id > (fresh[index - 1]?.id ?? last));
  return {
    messages: inOrder ? [...log.messages, ...fresh] : [...log.messages, ...fresh].sort((a, b) => a.id - b.id),
    pending: log.pending.filter((entry) => !confirmed.has(entry.client_id)),
  };
}

/** Adds a message being sent, or marks a failed one as being sent again. */
export function queueMessage(log: MessageLog, entry: PendingMessage): MessageLog {
  const others = log.pending.filter((pending) => pending.client_id !== entry.client_id);
  return { ...log, pending: [...others, { ...entry, failed: false }] };
}

/** Marks a pending message as not sent (the UI offers a retry). */
export function failMessage(log: MessageLog, clientId: string): MessageLog {
  return {
    ...log,
    pending: log.pending.map((entry) => (entry.client_id === clientId ? { ...entry, failed: true } : entry)),
  };
}

/** Drops a failed message the user gave up on. */
export function discardMessage(log: MessageLog, clientId: string): MessageLog {
  return { ...log, pending: log.pending.filter((entry) => entry.client_id !== clientId) };
}
