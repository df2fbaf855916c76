import { describe, expect, it } from 'vitest';
import { readStamp, stampedData } from '../src/payload.js';

describe('readStamp', () => {
  it('reads the stamp from a Pusher frame, where data is JSON inside a JSON string', () => {
    const data = stampedData(3);
    const frame = JSON.stringify({ event: 'bench', channel: 'c', data });
    expect(readStamp(frame)).toBe(JSON.parse(data).t);
  });

  it('reads it whatever the order of the frame fields', () => {
    const data = stampedData(4);
    const frame = JSON.stringify({ channel: 'c', data, event: 'bench' });
    expect(readStamp(frame)).toBe(JSON.parse(data).t);
  });

  it('reads it from plain JSON too', () => {
    expect(readStamp('{"t":1234.5,"seq":1}')).toBe(1234.5);
  });

  it('is NaN for control messages, so they are never counted as deliveries', () => {
    const established = JSON.stringify({
      event: 'pusher:connection_established',
      data: JSON.stringify({ socket_id: '1.2', activity_timeout: 30 }),
    });
    expect(readStamp(established)).toBeNaN();
  });
});
