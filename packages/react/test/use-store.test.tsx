import { Subscribable } from '@echokit/core';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
  touch() {
    this.notify(); // same snapshot: no re-render expected
  }
}

describe('useStore', () => {
  it('renders the snapshot and re-renders only when it changes identity', () => {
    const counter = new Counter();
    let renders = 0;
    function View() {
      renders++;
      const { count } = useStore(counter);
      return <p>count {count}</p>;
    }
    const { unmount } = render(<View />);
    expect(screen.getByText('count 0')).toBeTruthy();
    act(() => counter.increment());
    expect(screen.getByText('count 1')).toBeTruthy();
    const before = renders;
    act(() => counter.touch());
    expect(renders).toBe(before);
    unmount();
    expect(counter.hasListeners()).toBe(false);
  });
});
