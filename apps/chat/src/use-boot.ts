import type { EchokitOptions } from '@echokit/core';
import { ApiError, fetchEchoOptions, type User } from '@echokit-demo/kit';
import { useCallback, useEffect, useState } from 'react';
import { fetchMe } from './api/chat-api.js';

/** What the app needs before it can render: who is signed in and how to reach the socket server. */
export type Boot =
  | { state: 'loading' }
  | { state: 'signed-out' }
  | { state: 'error'; message: string; retry(): void }
  | { state: 'ready'; me: User; echoOptions: EchokitOptions<'reverb'> };

/** Loads `/api/me` and `/api/echo-config` together; a 401 means "pick a user first". */
export function useBoot(): Boot {
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    let live = true;
    setBoot({ state: 'loading' });
    Promise.all([fetchMe(), fetchEchoOptions()]).then(
      ([me, echoOptions]) => live && setBoot({ state: 'ready', me, echoOptions }),
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
