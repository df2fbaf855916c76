import type { Room } from '@echokit-demo/kit';
import { useCallback, useEffect, useState } from 'react';
import { fetchRooms } from '../api/chat-api.js';

/** The rooms list: `null` while loading, with the error (and a retry) when it could not be fetched. */
export function useRooms() {
  const [rooms, setRooms] = useState<Room[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    let live = true;
    setError(null);
    fetchRooms().then(
      (list) => live && setRooms(list),
      (failure: unknown) => live && setError(failure instanceof Error ? failure.message : String(failure)),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { rooms, error, retry };
}
