/** A listener called after a store's snapshot changed. */
export type Listener = () => void;

/**
 * The observable base every Echokit store shares: a set of listeners, `subscribe()` returning its own
 * unsubscribe, and hooks so work starts with the first listener and stops with the last.
 *
 * @example
 * class Counter extends Subscribable {
 *   count = 0;
 *   increment() { this.count++; this.notify(); }
 * }
 */
export class Subscribable {
  protected readonly listeners = new Set<Listener>();

  /** Adds a listener; the returned function removes it (calling it twice is harmless). */
  subscribe(listener: Listener): () => void {
    // Wrap so the same function subscribed twice counts twice and unsubscribes once each.
    const entry: Listener = () => listener();
    this.listeners.add(entry);
    if (this.listeners.size === 1) this.onSubscribe();
    return () => {
      if (!this.listeners.delete(entry)) return;
      if (this.listeners.size === 0) this.onUnsubscribe();
    };
  }

  /** True while at least one listener is subscribed. */
  hasListeners(): boolean {
    return this.listeners.size > 0;
  }

  /** Calls every listener; one that throws does not stop the others. */
  protected notify(): void {
    const errors: unknown[] = [];
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, 'Several store listeners threw');
  }

  /** Runs when the first listener arrives. */
  protected onSubscribe(): void {}

  /** Runs when the last listener leaves. */
  protected onUnsubscribe(): void {}
}

/** A read-only store: the contract every binding adapts (`useSyncExternalStore`, refs, Svelte stores). */
export interface ReadableStore<T> {
  subscribe(listener: Listener): () => void;
  /** The current value; its identity changes only when its content changes. */
  getSnapshot(): T;
}

/**
 * A store that can be rendered on a server: `getServerSnapshot()` is its state before anything is created
 * (idle), with a stable identity — the third argument of React's `useSyncExternalStore`.
 */
export interface ServerRenderableStore<T> extends ReadableStore<T> {
  getServerSnapshot(): T;
}
