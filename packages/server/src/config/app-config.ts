import { z } from 'zod';

/**
 * One app: the credentials Laravel's `.env` holds, and the limits and switches that apply to its
 * connections. Every field but id/key/secret has a default, so `{ id, key, secret }` is a whole app.
 */
export const appConfigSchema = z.object({
  /** `PUSHER_APP_ID` / `REVERB_APP_ID`: names the app in HTTP API paths (`/apps/{id}/…`). */
  id: z.string().min(1),
  /** `PUSHER_APP_KEY`: public, in the WebSocket URL (`/app/{key}`) and in signatures. */
  key: z.string().min(1),
  /** `PUSHER_APP_SECRET`: signs subscriptions, sign-ins and HTTP API requests. */
  secret: z.string().min(1),
  /** A disabled app refuses connections (4003) and API calls (403). */
  enabled: z.boolean().default(true),
  /** Most simultaneous connections (4004 past it); `null` for no limit. */
  maxConnections: z.number().int().positive().nullable().default(null),
  /** Allow `client-…` events (whispers) on private and presence channels. */
  enableClientMessages: z.boolean().default(true),
  /** Client events one connection may send per second before 4301. */
  maxClientEventsPerSecond: z.number().int().positive().default(10),
  /** Members one presence channel may hold. */
  maxPresenceMembers: z.number().int().positive().default(100),
  /** Largest presence `user_info`, in bytes of its JSON. */
  maxPresenceUserInfoBytes: z.number().int().positive().default(1024),
  /** Longest presence or sign-in user id. */
  maxUserIdLength: z.number().int().positive().default(128),
  /** Largest WebSocket frame a client may send, and largest event `data` over the HTTP API (bytes). */
  maxMessageBytes: z
    .number()
    .int()
    .positive()
    .default(10 * 1024),
  /** Origins allowed to connect (`https://app.test`, or `*`); empty or `['*']` allows all. */
  allowedOrigins: z.array(z.string()).default(['*']),
  /** Seconds of silence before the server pings a socket; sent to clients as `activity_timeout`. */
  activityTimeout: z.number().int().positive().default(30),
  /** Seconds the server waits for any reply to its ping before closing the socket with 4201. */
  pongTimeout: z.number().int().positive().default(30),
  /** Bytes a connection may have waiting to be sent before it is closed with 4100 as too slow to keep up. */
  maxBufferedBytes: z
    .number()
    .int()
    .positive()
    .default(1024 * 1024),
  /** Close connections that have not signed in (`pusher:signin`) within `signinTimeout` seconds, with 4009. */
  requireSignin: z.boolean().default(false),
  /** Seconds a connection has to sign in when `requireSignin` is on. */
  signinTimeout: z.number().int().positive().default(30),
  /** Seconds a cache channel keeps its last event. */
  cacheTtl: z
    .number()
    .int()
    .positive()
    .default(30 * 60),
});

/** An app as written in a config file or flags (defaults not yet applied). */
export type AppConfigInput = z.input<typeof appConfigSchema>;

/** An app with every default applied. */
export type AppConfig = z.output<typeof appConfigSchema>;
