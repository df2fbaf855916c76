import { useState } from 'react';
import { usePresence } from '../src/index.js';

// README example start
function Chat({ room }: { room: number }) {
  const [typing, setTyping] = useState('');
  const { members, me, whisper } = usePresence<{ name: string }>(`chat.${room}`, {
    whispers: { typing: (e: { name: string }) => setTyping(`${e.name} is typing…`) },
  });
  return (
    <>
      <p>{members.map((m) => m.info.name).join(', ')}</p>
      <p>{typing}</p>
      <input onChange={() => whisper('typing', { name: me?.info.name })} />
    </>
  );
}

// README example end

export { Chat };
