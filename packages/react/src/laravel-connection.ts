import { IDLE_CONNECTION, type LaravelConnectionStatus, toLaravelStatus } from '@echokit/core';
import { useEffect } from 'react';
import { useEchokit } from './echo-provider.js';
import { useStore } from './use-store.js';

/** Reads the connection like @laravel/echo-react, which creates Echo when these hooks mount. */
function useOpenConnection() {
  const client = useEchokit();
  useEffect(() => {
    if (!client.hasEcho()) client.connect();
  }, [client]);
  return useStore(client.connection, IDLE_CONNECTION);
}

/**
 * @laravel/echo-react's `useConnectionStatus`: `connected | connecting | reconnecting | disconnected |
 * failed`. Unlike Laravel's, a retrying connection reads `reconnecting`, not `failed`.
 */
export function useConnectionStatus(): LaravelConnectionStatus {
  return toLaravelStatus(useOpenConnection().status);
}

/** The socket id while connected (for `X-Socket-ID` / `toOthers()`), else `undefined`. */
export function useSocketId(): string | undefined {
  return useOpenConnection().socketId ?? undefined;
}
