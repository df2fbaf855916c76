import type { MetricsPoint } from '@echokit-demo/kit';

/** The events of the public `dashboard` channel, by the name `listen` takes. */
export interface DashboardEvents {
  MetricsUpdated: MetricsPoint;
}
