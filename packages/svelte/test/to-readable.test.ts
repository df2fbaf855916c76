import { Subscribable } from '@echokit/core';
import { get } from 'svelte/store';
import { describe, expect, it } from 'vitest';
import { toReadable } from '../src/index.js';

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

describe('toReadable', () => {
  it('follows the core store only while it has subscribers', () => {
    const counter = new Counter();
    const store = toReadable(counter);
    const seen: number[] = [];
    const stop = store.subscribe((value) => seen.push(value.count));
    counter.increment();
    expect(seen).toEqual([0, 1]);
    expect(get(store).count).toBe(1);
    stop();
    expect(counter.hasListeners()).toBe(false);
  });
});
