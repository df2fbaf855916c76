import { useCallback, useEffect, useState } from 'react';

const BASE = import.meta.env.BASE_URL; // '/chat/'

/** The room id in `/chat/rooms/{id}`, or `null` on any other path. */
export function roomIdFromPath(pathname: string): number | null {
  const match = pathname.slice(BASE.length - 1).match(/^\/rooms\/(\d+)\/?$/);
  return match ? Number(match[1]) : null;
}

/** The path of a room's page. */
export const roomPath = (roomId: number) => `${BASE}rooms/${roomId}`;

/**
 * The open room from the URL (`/chat/rooms/{id}`), kept in step with back/forward; `open` pushes a new
 * history entry (or replaces it, for redirects).
 */
export function useRoomRoute() {
  const [roomId, setRoomId] = useState(() => roomIdFromPath(location.pathname));

  useEffect(() => {
    const onPop = () => setRoomId(roomIdFromPath(location.pathname));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const open = useCallback((id: number, options: { replace?: boolean } = {}) => {
    const path = roomPath(id);
    if (location.pathname !== path) history[options.replace ? 'replaceState' : 'pushState'](null, '', path);
    setRoomId(id);
  }, []);

  return { roomId, open };
}
