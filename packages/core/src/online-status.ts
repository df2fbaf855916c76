/**
 * Watches the browser's online flag. Touches `window` only when `watch` is called, so importing it on a
 * server is safe; outside browsers it reports `true` and never changes.
 */
export function watchOnline(onChange: (online: boolean) => void): () => void {
  if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') return () => {};
  const online = () => onChange(true);
  const offline = () => onChange(false);
  window.addEventListener('online', online);
  window.addEventListener('offline', offline);
  return () => {
    window.removeEventListener('online', online);
    window.removeEventListener('offline', offline);
  };
}

/** The browser's current online flag, or `true` when there is no browser. */
export function isOnline(): boolean {
  return typeof navigator === 'undefined' || typeof navigator.onLine !== 'boolean' ? true : navigator.onLine;
}
