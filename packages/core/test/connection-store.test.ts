import { describe, expect, it } from 'vitest';
import { IDLE_CONNECTION } from '../src/index.js';
import { createFakeEchokit } from '../src/testing/index.js';

describe('connection store', () => {
  it('is idle and creates nothing until used', () => {
    const client = createFakeEchokit();
    expect(client.connection.getSnapshot()).toBe(IDLE_CONNECTION);
    expect(client.socketId()).toBeUndefined();
    expect(client.hasEcho()).toBe(false);
  });

  it('walks connecting → connected → reconnecting → connected with socket ids', () => {
    const client = createFakeEchokit({ autoConnect: false });
    const statuses: string[] = [];
    client.connection.subscribe(() => statuses.push(client.connection.getSnapshot().status));
    client.connect();
    expect(client.connection.getSnapshot().status).toBe('connecting');
    client.fake.connect();
    const first = client.socketId();
    expect(first).toMatch(/^\d+\.\d+$/);
    client.fake.drop();
    expect(client.socketId()).toBeUndefined();
    client.fake.reconnect();
    expect(client.socketId()).not.toBe(first);
    expect(statuses).toEqual(['connecting', 'connected', 'reconnecting', 'connected']);
  });

  it('says failed with the code when the server refuses the app, and disconnected when the app closes', () => {
    const client = createFakeEchokit();
    client.connect();
    client.fake.refuse(4001, 'App key fake not in this cluster');
    expect(client.connection.getSnapshot()).toMatchObject({
      status: 'failed',
      lastError: { code: 4001, message: 'App key fake not in this cluster' },
    });
    const other = createFakeEchokit();
    other.connect();
    other.disconnect();
    expect(other.connection.getSnapshot().status).toBe('disconnected');
    other.connect();
    expect(other.connection.getSnapshot().status).toBe('connected');
  });

  it('calls onReconnect after a drop and after an app disconnect/connect, never on the first connect', () => {
    const client = createFakeEchokit();
    let reconnects = 0;
    client.connection.onReconnect(() => reconnects++);
    client.connect();
    expect(reconnects).toBe(0);
    client.fake.drop();
    client.fake.reconnect();
    expect(reconnects).toBe(1);
    client.disconnect();
    client.connect();
    expect(reconnects).toBe(2);
  });
});
