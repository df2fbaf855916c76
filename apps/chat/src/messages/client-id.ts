/**
 * A unique id for a message before the server gives it one. `crypto.randomUUID` exists only in secure
 * contexts, and the demo may be opened over plain http on a LAN address, hence the fallback.
 */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const random = new Uint32Array(4);
  crypto.getRandomValues(random);
  return Array.from(random, (n) => n.toString(16).padStart(8, '0')).join('-');
}
