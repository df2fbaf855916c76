import type { AnyEvents, EventCallback } from '@echokit/core';

/**
 * Callbacks by event name for `listen` / `whispers`: names in the map `E` get their typed payload, other
 * names are accepted untyped. (Core's `EventListeners` rejects typed callbacks under `strictFunctionTypes`
 * because its catch-all signature has an `unknown` payload; this form does not.)
 *
 * @example
 * const listen: EventHandlers<{ OrderShipped: { id: number } }> = { OrderShipped: (e) => e.id };
 */
export type EventHandlers<E> = { [K in keyof E & string]?: EventCallback<E[K]> } & {
  [name: string]: EventCallback<AnyEvents[string]> | undefined;
};
