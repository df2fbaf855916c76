import {
  createEchokit,
  type EchokitClient,
  type EchokitOptions,
  type EchokitSettings,
  getEchokit,
} from '@echokit/core';
import { createContext, createElement, type ReactNode, useContext, useEffect, useRef, useState } from 'react';

const EchokitContext = createContext<EchokitClient | null>(null);

/** Props of {@link EchoProvider}: an existing client, or laravel-echo options to create one. */
export type EchoProviderProps = { children?: ReactNode } & (
  | { client: EchokitClient; options?: never; settings?: never }
  | { options: EchokitOptions; settings?: EchokitSettings; client?: never }
);

/**
 * Gives the hooks below it an Echokit client. With `options`, the provider creates the client once (later
 * option changes are ignored: call `client.reconfigure()` for a new token) and destroys it on unmount.
 * Without a provider, hooks use the default client from `configureEcho()`.
 *
 * @example
 * <EchoProvider options={{ broadcaster: 'reverb', key: 'app-key', wsHost: 'localhost', wsPort: 8080, forceTLS: false }}>
 *   <App />
 * </EchoProvider>
 */
export function EchoProvider(props: EchoProviderProps): ReactNode {
  const [owned] = useState(() => (props.client ? null : createEchokit(props.options, props.settings)));
  const pendingDestroy = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    if (!owned) return;
    // StrictMode unmounts and remounts at once: destroy only if no remount followed.
    clearTimeout(pendingDestroy.current);
    return () => {
      pendingDestroy.current = setTimeout(() => owned.destroy(), 0);
    };
  }, [owned]);
  return createElement(EchokitContext.Provider, { value: props.client ?? owned }, props.children);
}

/**
 * The Echokit client in scope: the nearest {@link EchoProvider}'s, else the default one from
 * `configureEcho()` (throws Laravel's "Echo has not been configured" message when there is none).
 */
export function useEchokit(): EchokitClient {
  return useContext(EchokitContext) ?? getEchokit();
}
