import { describe, expect, it } from 'vitest';
import { boundedWaits, eventually, within } from '../src/index.js';

describe('bounded waits', () => {
  it('within passes the value through and names what it waited for on timeout', async () => {
    await expect(within(Promise.resolve(3), 'three')).resolves.toBe(3);
    await expect(within(new Promise(() => {}), 'Godot', 2000)).rejects.toThrow(
      'Timed out after 2000 ms waiting for Godot',
    );
  });

  it('eventually resolves with the first passing value and names what it waited for on timeout', async () => {
    let calls = 0;
    await expect(eventually(() => ++calls >= 3 && calls, 'three calls')).resolves.toBe(3);
    await expect(boundedWaits(2000).eventually(() => false, 'never')).rejects.toThrow(
      'Timed out after 2000 ms waiting for never',
    );
  });
});
