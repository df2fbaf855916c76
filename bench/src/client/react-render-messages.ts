/** What the render child is told to connect to. */
export interface RenderChildSpec {
  /** Server host and port. */
  host: string;
  port: number;
  appKey: string;
  appSecret: string;
  /** Name as the app passes it to `usePresence` (the channel is `presence-` + name). */
  name: string;
  /** Counting starts (from zero) once the list first shows this many members, so the fill is left out. */
  countFrom: number;
}

/** Counts the render child reports. */
export interface RenderCounts {
  /** React commits of the list's subtree (a `<Profiler>`'s `onRender`). */
  commits: number;
  /** `onJoin` + `onLeave` calls: the member changes React was told about. */
  changes: number;
  /** Members rendered right now. */
  members: number;
}

/** Child → parent. */
export type RenderChildMessage =
  | { type: 'ready'; members: number }
  | ({ type: 'counts' } & RenderCounts)
  | { type: 'error'; error: string };
