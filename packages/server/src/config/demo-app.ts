import type { AppConfigInput } from './app-config.js';

/**
 * The app served when no app is configured: credentials anyone can paste into a Laravel `.env` to try
 * the server locally. Never use it in production — its secret is public.
 */
export const DEMO_APP = {
  id: 'app-id',
  key: 'app-key',
  secret: 'app-secret',
  enableClientMessages: true,
} as const satisfies AppConfigInput;
