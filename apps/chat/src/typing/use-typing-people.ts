import { useCallback, useEffect, useRef, useState } from 'react';
import { TYPING_FADE_MS } from './typing-whisper.js';

/** Someone currently typing. */
export interface TypingPerson {
  id: string;
  name: string;
}

/**
 * Who is typing, from whispers: `heard` (re)starts a person's fade timer, `stopped` removes them at once
 * (they sent, said they stopped, or left).
 */
export function useTypingPeople(fadeMs = TYPING_FADE_MS) {
  const [people, setPeople] = useState<readonly TypingPerson[]>([]);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  const stopped = useCallback((id: string) => {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setPeople((current) => (current.some((p) => p.id === id) ? current.filter((p) => p.id !== id) : current));
  }, []);

  const heard = useCallback(
    (person: TypingPerson) => {
      clearTimeout(timers.current.get(person.id));
      timers.current.set(
        person.id,
        setTimeout(() => stopped(person.id), fadeMs),
      );
      setPeople((current) =>
        current.some((p) => p.id === person.id && p.name === person.name)
          ? current
          : [...current.filter((p) => p.id !== person.id), person],
      );
    },
    [fadeMs, stopped],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
    };
  }, []);

  return { people, heard, stopped };
}
