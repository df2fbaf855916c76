import { ApiError, getData } from './http.js';
import type { DashboardSnapshot, EchoConfig, User } from './types.js';

/** The recent metrics, for drawing before live points arrive and for filling gaps. */
export const fetchDashboard = (): Promise<DashboardSnapshot> => getData<DashboardSnapshot>('/api/dashboard');

/** Echo's options from the api, so the build needs no `VITE_*` variables. */
export const fetchEchoConfig = (): Promise<EchoConfig> => getData<EchoConfig>('/api/echo-config');

/** The signed-in user, or `null` when signed out (the dashboard is public, so that is fine). */
export async function fetchMe(): Promise<User | null> {
  try {
    return await getData<User>('/api/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}
