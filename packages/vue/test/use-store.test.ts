import { Subscribable } from '@echokit/core';
import { describe, expect, it } from 'vitest';
import { effectScope } from 'vue';
import { useStore } from '../src/index.js';

class Counter extends Subscribable {
  private value = { count: 0 };
  getSnapshot() {
    return this.value;
  }
  increment() {
    this.value = { count: this.value.count + 1 };
    this.notify();
  }
}

describe('useStore', () => {
  it('follows the store inside an effect scope and unsubscribes when the scope stops', () => {
    const counter = new Counter();
    const scope = effectScope();
    const ref = scope.run(() => useStore(counter));
    expect(ref?.value.count).toBe(0);
    counter.increment();
    expect(ref?.value.count).toBe(1);
    scope.stop();
    expect(counter.hasListeners()).toBe(false);
  });
});
