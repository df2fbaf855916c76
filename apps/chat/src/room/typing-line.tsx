import { firstName, typingSubject } from '../typing/typing-whisper.js';
import type { TypingPerson } from '../typing/use-typing-people.js';

/** "Ada is typing…" under the messages; the line keeps its height so the list does not jump. */
export function TypingLine({ people }: { people: readonly TypingPerson[] }) {
  const names = people.map((person) => firstName(person.name));
  return (
    <div className="typing-line" aria-live="polite" data-testid="typing">
      {names.length > 0 && (
        <>
          <span className="typing-dots" aria-hidden="true">
            <i />
            <i />
            <i />
          </span>
          {typingSubject(names)} {names.length === 1 ? 'is' : 'are'} typing…
        </>
      )}
    </div>
  );
}
