import type { QueryParams } from '@echokit/protocol';
import type { Adapter } from '../adapter/adapter.js';
import type { AppConfig } from '../config/app-config.js';

/** What a route handler gets once the request is routed, signed, and its body parsed. */
export interface RouteContext {
  /** The app named by `/apps/{id}`, enabled and verified. */
  app: AppConfig;
  /** Path parameters (`channelName`, `userId`), already decoded. */
  params: Record<string, string | undefined>;
  /** Query parameters, auth ones included. */
  query: QueryParams;
  /** The parsed JSON body; `undefined` for routes without one. */
  body: unknown;
  adapter: Adapter;
}

/** One signed route of the Pusher HTTP API, under `/apps/:appId`. */
export interface ApiRoute {
  method: 'GET' | 'POST';
  /** Path after `/apps/:appId`, in find-my-way syntax (`/channels/:channelName`). */
  path: string;
  /** Whether the route reads a JSON body. */
  hasBody: boolean;
  /** Returns the JSON answer (status 200); throws an `HttpError` (or a `ZodError` → 400) to refuse. */
  handle(context: RouteContext): Promise<object>;
}
