import { describe, expect, it } from 'vitest';
import { RingColumns } from '../src/metrics/ring-columns.js';

describe('RingColumns', () => {
  it('keeps rows oldest first until full', () => {
    const ring = new RingColumns(3, ['x', 'y'] as const);
    ring.push({ x: 1, y: 10 });
    ring.push({ x: 2, y: 20 });
    expect([...ring.column('x')]).toEqual([1, 2]);
    expect([...ring.column('y')]).toEqual([10, 20]);
    expect(ring.last('y')).toBe(20);
  });

  it('drops the oldest row once full and still gives one contiguous view', () => {
    const ring = new RingColumns(3, ['x'] as const);
    for (let x = 1; x <= 7; x += 1) ring.push({ x });
    expect(ring.length).toBe(3);
    expect([...ring.column('x')]).toEqual([5, 6, 7]);
    expect(ring.last('x')).toBe(7);
  });

  it('never grows: the view is a window on the same fixed storage', () => {
    const ring = new RingColumns(4, ['x'] as const);
    for (let x = 0; x < 1000; x += 1) ring.push({ x });
    const view = ring.column('x');
    expect(view.buffer.byteLength).toBe(4 * 2 * Float64Array.BYTES_PER_ELEMENT);
    expect([...view]).toEqual([996, 997, 998, 999]);
  });

  it('empties on clear and refuses a useless capacity', () => {
    const ring = new RingColumns(2, ['x'] as const);
    ring.push({ x: 1 });
    ring.clear();
    expect(ring.length).toBe(0);
    expect(ring.last('x')).toBeUndefined();
    expect(() => new RingColumns(0, ['x'] as const)).toThrow(/capacity/);
  });
});
