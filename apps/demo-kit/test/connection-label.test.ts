import { type ConnectionSnapshot, IDLE_CONNECTION } from '@echokit/core';
import { describe, expect, it } from 'vitest';
import { connectionLabel } from '../src/connection-label.js';

const snapshot = (patch: Partial<ConnectionSnapshot>): ConnectionSnapshot => ({
  ...IDLE_CONNECTION,
  ...patch,
});
const words = { connected: 'Live', offlineHint: 'Back soon.', reconnectingHint: 'Catching up.' };

describe('connectionLabel', () => {
  it('shows the app’s own word as a quiet pill while connected', () => {
    const connected = snapshot({ status: 'connected', socketId: '1.2' });
    expect(connectionLabel(connected, { connected: 'Connected' })).toEqual({ text: 'Connected', tone: 'ok' });
    expect(connectionLabel(connected, words)).toEqual({ text: 'Live', tone: 'ok' });
  });

  it('says it is connecting on the first attempt', () => {
    expect(connectionLabel(snapshot({ status: 'connecting', attempt: 1 }), words)).toEqual({
      text: 'Connecting…',
      tone: 'busy',
    });
  });

  it('counts reconnect attempts, from 1 even before the first is counted', () => {
    expect(connectionLabel(snapshot({ status: 'reconnecting', attempt: 3 }), words)).toEqual({
      text: 'Reconnecting… (attempt 3)',
      tone: 'busy',
      hint: 'Catching up.',
    });
    expect(connectionLabel(snapshot({ status: 'reconnecting', attempt: 0 }), { connected: 'Live' })).toEqual({
      text: 'Reconnecting… (attempt 1)',
      tone: 'busy',
    });
  });

  it('says Offline whenever the browser is offline, whatever the socket thinks', () => {
    for (const status of ['connected', 'reconnecting', 'connecting'] as const) {
      expect(connectionLabel(snapshot({ status, online: false }), words)).toEqual({
        text: 'Offline',
        tone: 'bad',
        hint: 'Back soon.',
      });
    }
  });

  it('shows the server’s reason when the connection failed, or a generic one', () => {
    const refused = snapshot({ status: 'failed', lastError: { code: 4001, message: 'App key not in use' } });
    expect(connectionLabel(refused, words)).toEqual({
      text: 'Connection failed',
      tone: 'bad',
      hint: 'App key not in use',
    });
    expect(connectionLabel(snapshot({ status: 'failed' }), words).hint).toBe('The server refused us.');
  });

  it('says Disconnected after the app closed the connection', () => {
    expect(connectionLabel(snapshot({ status: 'disconnected' }), words)).toEqual({
      text: 'Disconnected',
      tone: 'bad',
    });
  });

  it('stays quiet while idle unless the app names the state', () => {
    expect(connectionLabel(IDLE_CONNECTION, words)).toEqual({ text: '', tone: 'idle' });
    expect(connectionLabel(IDLE_CONNECTION, { ...words, idle: 'Not connected' })).toEqual({
      text: 'Not connected',
      tone: 'idle',
    });
  });
});
