import { describe, expect, it } from 'vitest';
import { simulateShop, toMetricsPoint } from '../src/dashboard/metrics-simulation.js';

describe('toMetricsPoint', () => {
  it('estimates the first sample’s revenue rate from the order rate instead of reporting zero', () => {
    const start = { ordersPerSecond: 40, revenueTotal: 0 };
    const next = simulateShop(start, 0, 0, () => 0.5);
    const first = toMetricsPoint(1, 0, start, next, 0, 0);
    expect(first.revenue_per_second).toBeGreaterThan(0);
    expect(first.revenue_per_second).toBeCloseTo(next.ordersPerSecond * 42, 1);
  });

  it('reports the revenue earned over the interval once there is one', () => {
    const previous = { ordersPerSecond: 40, revenueTotal: 1000 };
    const next = { ordersPerSecond: 40, revenueTotal: 1168 };
    expect(toMetricsPoint(2, 100, previous, next, 0.1, 3).revenue_per_second).toBe(1680);
  });
});
