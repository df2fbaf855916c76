import { fanOut } from './fan-out.js';
import type { Scenario } from './scenario.js';

/** Every scenario, in the order a run takes them. */
export const SCENARIOS: Scenario[] = [fanOut];
