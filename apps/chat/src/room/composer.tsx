import { useState } from 'react';

/**
 * The message box. `onTyping(true)` on each edit with text (the caller throttles the whisper), and
 * `onTyping(false)` when the text is cleared or sent. Enter sends, Shift+Enter adds a line.
 */
export function Composer({
  roomName,
  disabled,
  onSend,
  onTyping,
}: {
  roomName: string;
  disabled: boolean;
  onSend(body: string): void;
  onTyping(typing: boolean): void;
}) {
  const [text, setText] = useState('');
  const submit = () => {
    const body = text.trim();
    if (body === '' || disabled) return;
    onSend(body);
    onTyping(false);
    setText('');
  };
  return (
    <form
      className="composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <textarea
        aria-label={`Message #${roomName}`}
        placeholder={`Message #${roomName}`}
        rows={1}
        maxLength={2000}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onTyping(event.target.value.trim() !== '');
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            submit();
          }
        }}
      />
      <button type="submit" className="send-button" disabled={disabled || text.trim() === ''}>
        Send
      </button>
    </form>
  );
}
