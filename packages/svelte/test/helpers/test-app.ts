import { createEchokit, type EchokitClient } from '@echokit/core';
import { type EndpointUser, reverbEchoOptions } from '@echokit/test-kit';

/** The test app's credentials, as a Laravel `.env` holds them. */
export const APP = { id: 'app-id', key: 'app-key', secret: 'app-secret' } as const;

/** An Echokit client configured as a Laravel app configures Echo for Reverb, acting as `user`. */
export function createReverbClient(port: number, authUrl: string, user: EndpointUser): EchokitClient {
  return createEchokit(reverbEchoOptions(APP, port, authUrl, user)) as unknown as EchokitClient;
}
