import { describe, expect, it } from 'vitest';
import { echoSnippet, publicAddress, reverbEnvLines } from '../src/cli/laravel-snippets.js';
import { appConfigSchema } from '../src/config/app-config.js';

const app = appConfigSchema.parse({ id: '1', key: 'k', secret: 's' });

describe('Laravel snippets', () => {
  it('tells clients to use localhost when the server binds every interface', () => {
    expect(publicAddress('0.0.0.0', 6001)).toEqual({ host: 'localhost', port: 6001, scheme: 'http' });
    expect(publicAddress('::', 8080).host).toBe('localhost');
    expect(publicAddress('10.1.2.3', 6001).host).toBe('10.1.2.3');
  });

  it('fills the address into the .env lines and the Echo snippet', () => {
    const address = publicAddress('0.0.0.0', 7000);
    expect(reverbEnvLines(app, address)).toContain('REVERB_HOST=localhost');
    expect(reverbEnvLines(app, address)).toContain('REVERB_PORT=7000');
    expect(echoSnippet(app, address)).toContain("  wsHost: 'localhost',");
    expect(echoSnippet(app, { ...address, scheme: 'https' })).toContain('  forceTLS: true,');
  });
});
