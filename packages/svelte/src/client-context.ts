import { createEchokit, type EchokitClient, type EchokitOptions, getEchokit } from '@echokit/core';
import { getContext, setContext } from 'svelte';

const KEY = Symbol('echokit');

function isClient(value: EchokitClient | EchokitOptions): value is EchokitClient {
  return 'connection' in value && typeof (value as EchokitClient).channel === 'function';
}

/**
 * Makes `client` (or a client created from laravel-echo options) the Echokit client of this component and
 * its children; the stores created below it use it instead of the default from `configureEcho`. Call it
 * during a component's initialisation, like `setContext`.
 *
 * @example
 * <script lang="ts">
 *   import { setEchokitContext } from '@echokit/svelte';
 *   setEchokitContext({ broadcaster: 'reverb', key: 'app-key', wsHost: 'localhost', wsPort: 8080 });
 * </script>
 */
export function setEchokitContext(client: EchokitClient | EchokitOptions): EchokitClient {
  const resolved = isClient(client) ? client : createEchokit(client);
  return setContext(KEY, resolved);
}

/**
 * The client the stores use here: the nearest `setEchokitContext` when called during a component's
 * initialisation, otherwise the default client (`configureEcho` / `setDefaultEchokit`). Throws Laravel's
 * "Echo has not been configured" error when there is neither.
 */
export function useEchokit(): EchokitClient {
  let provided: EchokitClient | undefined;
  try {
    provided = getContext<EchokitClient | undefined>(KEY);
  } catch {
    // Outside a component's initialisation (a `.svelte.ts` module, an event handler): no context to read.
  }
  return provided ?? getEchokit();
}
