import WebSocket, * as ws from 'ws';

/** What the fan-out needs from `ws`' internal sender (not in @types/ws). */
interface FramingSender {
  _state: number;
  _extensions: Record<string, unknown>;
  _queue: unknown[];
  sendFrame(list: Buffer[], cb?: (error?: Error) => void): void;
}

interface FrameOptions {
  fin: boolean;
  opcode: number;
  mask: boolean;
  readOnly: boolean;
  rsv1: boolean;
}

/** `ws`' own framing (exported by its ESM wrapper, untyped in @types/ws). */
const Sender = (ws as unknown as { Sender: { frame(data: Buffer, options: FrameOptions): Buffer[] } }).Sender;

/**
 * One outgoing message, serialised and framed once, then written as the same bytes to every socket.
 * A fan-out to N sockets costs one `JSON.stringify`, one buffer and one frame header, not N.
 *
 * @example
 * const message = new PreparedMessage({ event: 'created', channel: 'orders', data: '{"id":1}' });
 * for (const socket of sockets) message.sendTo(socket);
 */
export class PreparedMessage {
  /** The JSON text, for paths that cannot use the prepared frame. */
  readonly text: string;
  /** Header and payload in one buffer: one `write` per socket. */
  private readonly frame: Buffer;

  constructor(message: unknown) {
    this.text = JSON.stringify(message);
    const payload = Buffer.from(this.text);
    const parts = Sender.frame(payload, {
      fin: true,
      opcode: 0x01,
      mask: false,
      readOnly: true,
      rsv1: false,
    });
    this.frame = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
  }

  /** Writes the message to one open socket. */
  sendTo(socket: WebSocket): void {
    if (socket.readyState !== WebSocket.OPEN) return;
    const sender = (socket as unknown as { _sender?: FramingSender })._sender;
    // The sender queues while it compresses or reads a Blob; writing past that queue would reorder frames.
    // A compressed socket needs per-socket frames (the server turns permessage-deflate off anyway).
    // (Not `socket.extensions`: that getter builds a string on every call.)
    if (
      sender &&
      sender._state === 0 &&
      sender._queue.length === 0 &&
      !sender._extensions['permessage-deflate']
    ) {
      sender.sendFrame([this.frame]);
    } else {
      socket.send(this.text);
    }
  }
}
