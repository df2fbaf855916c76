import type { EventMeta, EventName, EventPayload } from '@echokit/core';

// A method's parameter is checked bivariantly, so `(e: { text: string }) => …` for a listed event fits beside
// the `unknown` catch-all for unlisted names. Core's `EventListeners` uses a plain function type, which
// rejects any typed entry (strictFunctionTypes); this is the workaround until core changes it.
type Callback<T> = { bivarianceHack(payload: T, meta: EventMeta): void }['bivarianceHack'];

/**
 * One callback per event name, typed by an event map: listed names get their payload type, any other name
 * an `unknown` payload; `meta.event` names the event.
 */
export type TypedListeners<E> = { [K in EventName<E>]?: Callback<EventPayload<E, K>> };
