import { Subscribable } from '@echokit/core';
import type { Message, User } from '@echokit-demo/kit';
import { fetchMessages, MESSAGE_PAGE, postMessage } from '../api/chat-api.js';
import { newClientId } from './client-id.js';
import {
  discardMessage,
  EMPTY_LOG,
  failMessage,
  lastMessageId,
  type MessageLog,
  mergeMessages,
  type PendingMessage,
  queueMessage,
} from './message-log.js';

/** What a room's message list shows. */
export interface RoomMessagesSnapshot {
  readonly log: MessageLog;
  /** `loading` until the first page arrived; `error` when it could not be loaded (retry with `load()`). */
  readonly status: 'loading' | 'ready' | 'error';
  readonly error: string | null;
}

const INITIAL: RoomMessagesSnapshot = { log: EMPTY_LOG, status: 'loading', error: null };

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One room's messages: the first load, live broadcasts, this tab's optimistic sends and the catch-up
 * after a reconnect (`?after_id=`), all merged by id so nothing shows twice or out of order.
 */
export class RoomMessages extends Subscribable {
  private snapshot = INITIAL;
  private loading: Promise<void> | null = null;
  private catchingUp: Promise<void> | null = null;
  private catchUpAgain = false;

  constructor(
    private readonly roomId: number,
    private readonly me: User,
    private readonly socketId: () => string | undefined,
  ) {
    super();
  }

  getSnapshot(): RoomMessagesSnapshot {
    return this.snapshot;
  }

  /** Loads the latest page (once at a time); on failure the snapshot says why. */
  load(): Promise<void> {
    this.loading ??= fetchMessages(this.roomId)
      .then(
        (messages) =>
          this.set({ log: mergeMessages(this.snapshot.log, messages), status: 'ready', error: null }),
        (error: unknown) => {
          if (this.snapshot.status !== 'ready')
            this.set({ ...this.snapshot, status: 'error', error: reason(error) });
        },
      )
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  /**
   * Fetches everything after the last stored id, page by page. Calls while one runs coalesce into one more
   * run, so a resync that lands mid-fetch is never lost. Failures are kept quiet: the next trigger retries.
   */
  catchUp(): Promise<void> {
    // Asked before the first page arrived: messages stored between that page's query and now would be in
    // neither, so catch up once it is in.
    if (this.snapshot.status !== 'ready') {
      return this.load().then(() => (this.snapshot.status === 'ready' ? this.catchUp() : undefined));
    }
    if (this.catchingUp) {
      this.catchUpAgain = true;
      return this.catchingUp;
    }
    this.catchingUp = (async () => {
      do {
        this.catchUpAgain = false;
        let page: Message[];
        do {
          page = await fetchMessages(this.roomId, lastMessageId(this.snapshot.log));
          this.receive(page);
        } while (page.length === MESSAGE_PAGE);
      } while (this.catchUpAgain);
    })()
      .catch((error: unknown) => console.warn(`Catching up room ${this.roomId} failed: ${reason(error)}`))
      .finally(() => {
        this.catchingUp = null;
      });
    return this.catchingUp;
  }

  /** Adds stored messages from any source (broadcast, POST answer, resync). */
  receive(messages: readonly Message[]): void {
    const log = mergeMessages(this.snapshot.log, messages);
    if (log !== this.snapshot.log) this.set({ ...this.snapshot, log });
  }

  /** Shows the message at once, then stores it; the server's copy replaces it (matched by `client_id`). */
  send(body: string): Promise<void> {
    return this.deliver({
      client_id: newClientId(),
      body,
      user: this.me,
      created_at: new Date().toISOString(),
      failed: false,
    });
  }

  /** Sends a failed message again, under the same `client_id`. */
  retry(clientId: string): Promise<void> {
    const entry = this.snapshot.log.pending.find((pending) => pending.client_id === clientId);
    return entry ? this.deliver(entry) : Promise.resolve();
  }

  /** Forgets a failed message. */
  discard(clientId: string): void {
    this.set({ ...this.snapshot, log: discardMessage(this.snapshot.log, clientId) });
  }

  private async deliver(entry: PendingMessage): Promise<void> {
    this.set({ ...this.snapshot, log: queueMessage(this.snapshot.log, entry) });
    try {
      const stored = await postMessage(
        this.roomId,
        { body: entry.body, clientId: entry.client_id },
        this.socketId(),
      );
      this.receive([stored]);
    } catch (error) {
      console.warn(`Sending to room ${this.roomId} failed: ${reason(error)}`);
      this.set({ ...this.snapshot, log: failMessage(this.snapshot.log, entry.client_id) });
    }
  }

  private set(snapshot: RoomMessagesSnapshot): void {
    this.snapshot = snapshot;
    this.notify();
  }
}
