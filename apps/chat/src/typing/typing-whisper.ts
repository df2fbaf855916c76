/** The `typing` whisper (`client-typing`): sent while someone types, and with `typing: false` when they send. */
export interface TypingWhisper {
  id: number;
  name: string;
  typing: boolean;
}

/** Whispers sent on a chat room's presence channel. */
export interface ChatWhispers {
  typing: TypingWhisper;
}

/** How long "… is typing" stays up without a new whisper. */
export const TYPING_FADE_MS = 3000;

/** At most one typing whisper per this window while someone keeps typing. */
export const TYPING_THROTTLE_MS = 1000;

/** "Ada", "Ada and Grace", "Ada, Grace and Linus", "4 people": the subject of the typing line. */
export function typingSubject(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length > 3) return `${names.length} people`;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The first name, as people read it in a typing line. */
export function firstName(name: string): string {
  return name.split(/\s+/)[0] ?? name;
}
