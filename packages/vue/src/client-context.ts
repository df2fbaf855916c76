import {
  createEchokit,
  type EchokitClient,
  type EchokitOptions,
  type EchokitSettings,
  echoIsConfigured,
  getEchokit,
  laravelDefaults,
  setDefaultEchokit,
} from '@echokit/core';
import { type App, hasInjectionContext, type InjectionKey, inject } from 'vue';

/** The injection key under which {@link createEchoPlugin} provides its client. */
export const ECHOKIT_KEY: InjectionKey<EchokitClient> = Symbol('echokit');

/** The Vue plugin made by {@link createEchoPlugin}; `client` is the client it provides. */
export interface EchoPlugin {
  readonly client: EchokitClient;
  install(app: App): void;
}

function isClient(value: unknown): value is EchokitClient {
  return typeof value === 'object' && value !== null && 'connection' in value && 'presence' in value;
}

/**
 * A Vue plugin that provides one Echokit client to every component of the app. Takes laravel-echo's
 * options (merged over Laravel's per-broadcaster defaults from Vite's env, like `configureEcho`) or an
 * existing client (e.g. `createFakeEchokit()` in tests). It also becomes the default client when none is
 * configured, so composables in code outside the app (`effectScope()`, module-level stores) find it too.
 * The client it created is destroyed when the app unmounts.
 *
 * @example
 * createApp(App)
 *   .use(createEchoPlugin({ broadcaster: 'reverb', authEndpoint: '/broadcasting/auth' }))
 *   .mount('#app');
 */
export function createEchoPlugin(
  options: EchokitOptions | EchokitClient,
  settings?: EchokitSettings,
): EchoPlugin {
  const owned = !isClient(options);
  const client = isClient(options)
    ? options
    : createEchokit(
        { ...laravelDefaults(String(options.broadcaster)), ...options } as EchokitOptions,
        settings,
      );
  return {
    client,
    install(app) {
      app.provide(ECHOKIT_KEY, client);
      const becameDefault = !echoIsConfigured();
      if (becameDefault) setDefaultEchokit(client);
      // `onUnmount` is Vue 3.5+; on 3.4 the client simply lives on.
      app.onUnmount?.(() => {
        if (becameDefault && getEchokit() === client) setDefaultEchokit(null);
        if (owned) client.destroy();
      });
    },
  };
}

/**
 * The Echokit client for the caller: the one provided by {@link createEchoPlugin} when called in a
 * component or `app.runWithContext` (Pinia stores), else the default client from `configureEcho`. Throws
 * Laravel's "Echo has not been configured" error when there is neither.
 *
 * @example
 * const client = useEchokit();
 * client.connection.getSnapshot().status;
 */
export function useEchokit(): EchokitClient {
  // `inject` outside a component warns; a bare effectScope falls back to the default client silently.
  return (hasInjectionContext() ? inject(ECHOKIT_KEY, null) : null) ?? getEchokit();
}
