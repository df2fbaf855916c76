import { describe, expect, it } from 'vitest';
import {
  type ConnectionInput,
  type ConnectionMachine,
  INITIAL_MACHINE,
  reduceConnection,
} from '../src/connection-status.js';

function run(inputs: ConnectionInput[]): ConnectionMachine[] {
  const machines: ConnectionMachine[] = [];
  let machine = INITIAL_MACHINE;
  inputs.forEach((input, i) => {
    machine = reduceConnection(machine, input, 1000 + i);
    machines.push(machine);
  });
  return machines;
}

const statuses = (machines: ConnectionMachine[]) => machines.map((m) => m.snapshot.status);

describe('connection state machine', () => {
  it('walks idle → connecting → connected with a socket id and no attempts left over', () => {
    const machines = run([
      { type: 'state', state: 'initialized' },
      { type: 'state', state: 'connecting' },
      { type: 'state', state: 'connected', socketId: '1.2' },
    ]);
    expect(statuses(machines)).toEqual(['idle', 'connecting', 'connected']);
    const last = machines[2]?.snapshot;
    expect(last).toMatchObject({ socketId: '1.2', attempt: 0, since: 1002 });
  });

  it('calls a drop reconnecting, counts attempts, and ends connected again', () => {
    const machines = run([
      { type: 'state', state: 'connecting' },
      { type: 'state', state: 'connected', socketId: '1.1' },
      { type: 'retrying' }, // pusher-js connecting_in while still "connected"
      { type: 'state', state: 'connecting' },
      { type: 'state', state: 'unavailable' },
      { type: 'retrying' },
      { type: 'state', state: 'connecting' },
      { type: 'state', state: 'connected', socketId: '2.2' },
    ]);
    expect(statuses(machines)).toEqual([
      'connecting',
      'connected',
      'reconnecting',
      'reconnecting',
      'reconnecting',
      'reconnecting',
      'reconnecting',
      'connected',
    ]);
    expect(machines[2]?.snapshot.socketId).toBeNull();
    expect(machines[5]?.snapshot.attempt).toBe(2);
    expect(machines[7]?.snapshot).toMatchObject({ socketId: '2.2', attempt: 0 });
  });

  it('keeps a first connection that is unavailable as connecting, not reconnecting', () => {
    const machines = run([
      { type: 'state', state: 'connecting' },
      { type: 'state', state: 'unavailable' },
      { type: 'retrying' },
    ]);
    expect(statuses(machines)).toEqual(['connecting', 'connecting', 'connecting']);
    expect(machines[2]?.snapshot.attempt).toBe(2);
  });

  it('reports a refused app key (4001) as failed with the error, not disconnected', () => {
    const machines = run([
      { type: 'state', state: 'connecting' },
      { type: 'error', error: { code: 4001, message: 'App key nope not in this cluster' } },
      { type: 'state', state: 'disconnected' },
    ]);
    expect(machines[2]?.snapshot).toMatchObject({
      status: 'failed',
      lastError: { code: 4001, message: 'App key nope not in this cluster' },
    });
  });

  it('reports pusher-js failed (no transport) as failed', () => {
    expect(statuses(run([{ type: 'state', state: 'failed' }]))).toEqual(['failed']);
  });

  it('reports a disconnect the app asked for as disconnected even after an error', () => {
    const machines = run([
      { type: 'state', state: 'connected', socketId: '1.1' },
      { type: 'error', error: { code: 4009, message: 'x' } },
      { type: 'app-disconnect' },
      { type: 'state', state: 'disconnected' },
    ]);
    expect(machines[3]?.snapshot.status).toBe('disconnected');
  });

  it('treats the first connect after an app reconnect as connecting again', () => {
    const machines = run([
      { type: 'state', state: 'connected', socketId: '1.1' },
      { type: 'app-disconnect' },
      { type: 'state', state: 'disconnected' },
      { type: 'app-connect' },
      { type: 'state', state: 'connecting' },
    ]);
    expect(machines[4]?.snapshot.status).toBe('connecting');
  });

  it('tracks the online flag and keeps snapshot identity when nothing changed', () => {
    const [a, b, c] = run([
      { type: 'online', online: false },
      { type: 'online', online: false },
      { type: 'state', state: 'bogus' },
    ]);
    expect(a?.snapshot.online).toBe(false);
    expect(b?.snapshot).toBe(a?.snapshot);
    expect(c?.snapshot).toBe(a?.snapshot);
    expect(Object.isFrozen(a?.snapshot)).toBe(true);
  });

  it('changes `since` only when the status changes', () => {
    const machines = run([
      { type: 'state', state: 'connecting' },
      { type: 'error', error: { code: null, message: 'socket error' } },
    ]);
    expect(machines[1]?.snapshot.since).toBe(machines[0]?.snapshot.since);
    expect(machines[1]?.snapshot).not.toBe(machines[0]?.snapshot);
  });
});
