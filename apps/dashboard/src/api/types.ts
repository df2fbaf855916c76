/** One dashboard sample, as `App\Events\MetricsUpdated` broadcasts it and `GET /api/dashboard` lists it. */
export interface MetricsPoint {
  /** Increases by one per sample: a gap means some were missed. */
  seq: number;
  /** Milliseconds since the epoch. */
  at: number;
  orders_per_second: number;
  revenue_per_second: number;
  revenue_total: number;
  /** Members of the chat rooms' presence channels, as the socket server counts them. */
  active_users: number;
}

/** `GET /api/dashboard`: the recent series (oldest first) and the generator's rate. */
export interface DashboardSnapshot {
  updates_per_second: number;
  points: MetricsPoint[];
  latest: MetricsPoint | null;
}

/** The events of the public `dashboard` channel, by the name `listen` takes. */
export interface DashboardEvents {
  MetricsUpdated: MetricsPoint;
}

/** A seeded demo user (`GET /api/me`). */
export interface User {
  id: number;
  name: string;
  email: string;
  initials: string;
  color: string;
}

/** `GET /api/echo-config`: the options for Echo; `wsHost: null` means the page's own hostname. */
export interface EchoConfig {
  broadcaster: 'reverb';
  key: string;
  wsHost: string | null;
  wsPort: number;
  wssPort: number;
  forceTLS: boolean;
  enabledTransports: Array<'ws' | 'wss'>;
  authEndpoint: string;
}
