/** A person as the api shows them (`GET /api/me`, message authors, presence `user_info`). */
export interface User {
  id: number;
  name: string;
  initials: string;
  color: string;
}

/** A room from `GET /api/rooms`. */
export interface Room {
  id: number;
  slug: string;
  name: string;
  description: string;
  is_member: boolean;
  member_count: number;
}

/** A stored chat message (`GET/POST /api/rooms/{id}/messages`, and the `MessageSent` broadcast). */
export interface Message {
  id: number;
  room_id: number;
  body: string;
  /** The id the sender's app gave the message before the server did (optimistic UI). */
  client_id: string | null;
  created_at: string;
  user: User;
}

/** `App\Events\MessageSent`'s payload. */
export interface MessageSentEvent {
  message: Message;
  socket: string | null;
}

/** The options `GET /api/echo-config` returns for `new Echo({...})`. */
export interface EchoConfig {
  broadcaster: 'reverb';
  key: string;
  /** `null`: use the page's hostname. */
  wsHost: string | null;
  wsPort: number;
  wssPort: number;
  forceTLS: boolean;
  enabledTransports: Array<'ws' | 'wss'>;
  authEndpoint: string;
}
