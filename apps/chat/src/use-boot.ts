import type { EchokitOptions } from '@echokit/core';
import { useCallback, useEffect, useState } from 'react';
import { fetchEchoConfig, fetchMe } from './api/chat-api.js';
import { ApiError } from './api/http.js';
import type { EchoConfig, User } from './api/types.js';

/** What the app needs before it can render: who is signed in and how to reach the socket server. */
export type Boot =
  | { state: 'loading' }
  | { state: 'signed-out' }
  | { state: 'error'; message: string; retry(): void }
  | { state: 'ready'; me: User; echoOptions: EchokitOptions<'reverb'> };

/** laravel-echo options from `/api/echo-config` (`wsHost: null` is the page's own host). */
export function echoOptionsFrom(config: EchoConfig): EchokitOptions<'reverb'> {
  return {
    broadcaster: 'reverb',
    key: config.key,
    wsHost: config.wsHost ?? location.hostname,
    wsPort: config.wsPort,
    wssPort: config.wssPort,
    forceTLS: config.forceTLS,
    enabledTransports: config.enabledTransports,
    authEndpoint: config.authEndpoint,
  };
}

/** Loads `/api/me` and `/api/echo-config` together; a 401 means "pick a user first". */
export function useBoot(): Boot {
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    let live = true;
    setBoot({ state: 'loading' });
    Promise.all([fetchMe(), fetchEchoConfig()]).then(
      ([me, config]) => live && setBoot({ state: 'ready', me, echoOptions: echoOptionsFrom(config) }),
      (error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && error.status === 401) setBoot({ state: 'signed-out' });
        else
          setBoot({ state: 'error', message: error instanceof Error ? error.message : String(error), retry });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt, retry]);

  return boot;
}
