/**
 * A fixed-size ring buffer of numeric columns. Each slot is written twice (at `i` and `i + capacity`), so the
 * window from oldest to newest is always one contiguous `subarray` view: uPlot can draw it without a copy,
 * and pushing never allocates.
 *
 * @example
 * const ring = new RingColumns(3, ['x', 'y'] as const);
 * ring.push({ x: 1, y: 10 });
 * ring.column('y'); // Float64Array [10]
 */
export class RingColumns<K extends string> {
  private readonly storage: Record<K, Float64Array>;
  private start = 0;
  private count = 0;

  constructor(
    readonly capacity: number,
    readonly keys: readonly K[],
  ) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError('capacity must be a positive integer');
    this.storage = Object.fromEntries(keys.map((key) => [key, new Float64Array(capacity * 2)])) as Record<
      K,
      Float64Array
    >;
  }

  /** Rows held, at most `capacity`. */
  get length(): number {
    return this.count;
  }

  /** Appends a row; when full, the oldest row is dropped. */
  push(row: Readonly<Record<K, number>>): void {
    let slot: number;
    if (this.count < this.capacity) {
      slot = (this.start + this.count) % this.capacity;
      this.count += 1;
    } else {
      slot = this.start;
      this.start = (this.start + 1) % this.capacity;
    }
    for (const key of this.keys) {
      const column = this.storage[key];
      column[slot] = row[key];
      column[slot + this.capacity] = row[key];
    }
  }

  /** The column's values, oldest first: a view that later pushes overwrite, so read it right away. */
  column(key: K): Float64Array {
    return this.storage[key].subarray(this.start, this.start + this.count);
  }

  /** The newest value of a column, or `undefined` when empty. */
  last(key: K): number | undefined {
    return this.count === 0 ? undefined : this.storage[key][this.start + this.count - 1];
  }

  clear(): void {
    this.start = 0;
    this.count = 0;
  }
}
