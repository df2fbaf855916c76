import type { Message } from '@echokit-demo/kit';

/** `App\Events\MessageSent`'s payload. */
export interface MessageSentEvent {
  message: Message;
  socket: string | null;
}
