// Formatters are built once: Intl objects are costly to create and the KPIs change every frame.
const decimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const money = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const moneyCents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** `42.3` */
export const formatRate = (value: number): string => decimal.format(value);
/** `1,234` */
export const formatCount = (value: number): string => integer.format(value);
/** `$1,234` */
export const formatMoney = (value: number): string => money.format(value);
/** `$1,234.56` */
export const formatMoneyCents = (value: number): string => moneyCents.format(value);
/** `14:03:09` for milliseconds since the epoch. */
export const formatClock = (at: number): string => clock.format(at);
