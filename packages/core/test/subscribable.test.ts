import { describe, expect, it } from 'vitest';
import { Subscribable } from '../src/index.js';

class Probe extends Subscribable {
  mounted = 0;
  unmounted = 0;
  emit(): void {
    this.notify();
  }
  protected override onSubscribe(): void {
    this.mounted++;
  }
  protected override onUnsubscribe(): void {
    this.unmounted++;
  }
}

describe('Subscribable', () => {
  it('starts work with the first listener and stops it with the last', () => {
    const probe = new Probe();
    const a = probe.subscribe(() => {});
    const b = probe.subscribe(() => {});
    expect(probe.mounted).toBe(1);
    a();
    expect(probe.unmounted).toBe(0);
    b();
    expect(probe.unmounted).toBe(1);
    expect(probe.hasListeners()).toBe(false);
  });

  it('treats a second unsubscribe as harmless and counts the same function twice', () => {
    const probe = new Probe();
    let calls = 0;
    const listener = () => calls++;
    const first = probe.subscribe(listener);
    const second = probe.subscribe(listener);
    probe.emit();
    expect(calls).toBe(2);
    first();
    first();
    probe.emit();
    expect(calls).toBe(3);
    second();
    expect(probe.unmounted).toBe(1);
  });

  it('notifies every listener even when one throws, then rethrows', () => {
    const probe = new Probe();
    let reached = false;
    probe.subscribe(() => {
      throw new Error('boom');
    });
    probe.subscribe(() => {
      reached = true;
    });
    expect(() => probe.emit()).toThrow('boom');
    expect(reached).toBe(true);
  });
});
