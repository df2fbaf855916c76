import { bundleSize } from './bundle-size.js';
import { cluster } from './cluster.js';
import { connectionStorm } from './connection-storm.js';
import { fanOut } from './fan-out.js';
import { manyChannels } from './many-channels.js';
import { presenceChurn } from './presence-churn.js';
import { reactRenders } from './react-renders.js';
import type { Scenario } from './scenario.js';

/** Every scenario, in the order a run takes them. */
export const SCENARIOS: Scenario[] = [
  fanOut,
  manyChannels,
  presenceChurn,
  connectionStorm,
  cluster,
  bundleSize,
  reactRenders,
];
