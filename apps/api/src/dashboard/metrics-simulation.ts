/** One dashboard sample, as broadcast and as listed in the snapshot. */
export interface MetricsPoint {
  /** Increases by one per sample: a gap tells the dashboard it missed some. */
  seq: number;
  /** Milliseconds since the epoch. */
  at: number;
  orders_per_second: number;
  revenue_per_second: number;
  /** Revenue since the api started, in the demo's currency. */
  revenue_total: number;
  /** Members of the chat rooms' presence channels, as the socket server counts them. */
  active_users: number;
}

/** The simulated shop's state between samples. */
export interface ShopState {
  ordersPerSecond: number;
  revenueTotal: number;
}

/** What an order is worth on average in the simulated shop. */
const AVERAGE_ORDER_VALUE = 42;

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Advances the fake shop by `dtSeconds`: orders drift around a slow daily-looking wave with noise,
 * each order is worth about 42. Pure apart from `random`, so tests can pin it.
 */
export function simulateShop(
  state: ShopState,
  at: number,
  dtSeconds: number,
  random: () => number,
): ShopState {
  const wave = 40 + 15 * Math.sin((at / 60_000) * 2 * Math.PI);
  const drift = 0.2 * (wave - state.ordersPerSecond) + (random() - 0.5) * 8;
  const ordersPerSecond = Math.max(0, state.ordersPerSecond + drift);
  const orderValue = AVERAGE_ORDER_VALUE + (random() - 0.5) * 10;
  return { ordersPerSecond, revenueTotal: state.revenueTotal + ordersPerSecond * orderValue * dtSeconds };
}

/** Turns the shop's state into a broadcastable point (rounded for display). */
export function toMetricsPoint(
  seq: number,
  at: number,
  previous: ShopState,
  next: ShopState,
  dt: number,
  activeUsers: number,
): MetricsPoint {
  // The first sample has no interval yet: estimate from the order rate instead of charting a drop to zero.
  const revenuePerSecond =
    dt > 0 ? (next.revenueTotal - previous.revenueTotal) / dt : next.ordersPerSecond * AVERAGE_ORDER_VALUE;
  return {
    seq,
    at,
    orders_per_second: round(next.ordersPerSecond, 1),
    revenue_per_second: round(revenuePerSecond, 2),
    revenue_total: round(next.revenueTotal, 2),
    active_users: activeUsers,
  };
}
