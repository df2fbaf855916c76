import { type InjectionKey, inject, provide } from 'vue';
import type { NotificationsApi } from './notifications-api.js';

const API_KEY: InjectionKey<NotificationsApi> = Symbol('notifications-api');

/** Makes the api client available to the components below the caller. */
export function provideApi(api: NotificationsApi): void {
  provide(API_KEY, api);
}

/** The api client provided by the app root. */
export function useApi(): NotificationsApi {
  const api = inject(API_KEY, null);
  if (!api) throw new Error('useApi() needs provideApi() in a parent component.');
  return api;
}
