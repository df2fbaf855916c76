import { ApiError, type DashboardSnapshot, getData, type User } from '@echokit-demo/kit';

/** The recent metrics, for drawing before live points arrive and for filling gaps. */
export const fetchDashboard = (): Promise<DashboardSnapshot> => getData<DashboardSnapshot>('/api/dashboard');

/** The signed-in user, or `null` when signed out (the dashboard is public, so that is fine). */
export async function fetchMe(): Promise<User | null> {
  try {
    return await getData<User>('/api/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}
