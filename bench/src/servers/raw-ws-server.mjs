// The floor: the least a Node WebSocket server can do per delivery. It speaks just enough of the Pusher
// protocol for the same load generator (connection_established, subscribe, ping) and, on the same HTTP
// publish call, frames nothing itself: one Buffer, then `ws.send(buffer)` to every subscriber.
// No auth, no validation, no presence. Plain JS so no loader runs inside the measured process.
import { randomInt } from 'node:crypto';
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

const channels = new Map();

function join(socket, channel) {
  const members = channels.get(channel) ?? new Set();
  channels.set(channel, members);
  members.add(socket);
  socket.channels.add(channel);
}

function leaveAll(socket) {
  for (const channel of socket.channels) channels.get(channel)?.delete(socket);
}

function broadcast(channel, frame) {
  const members = channels.get(channel);
  if (!members) return;
  for (const socket of members) socket.send(frame, { binary: false });
}

const http = createServer((request, response) => {
  if (request.method !== 'POST' || !/^\/apps\/[^/]+\/events/.test(request.url ?? '')) {
    response.writeHead(404).end('{"error":"Not found"}');
    return;
  }
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString());
    } catch {
      response.writeHead(400).end('{"error":"Body is not JSON"}');
      return;
    }
    for (const channel of body.channels ?? [body.channel]) {
      const frame = Buffer.from(JSON.stringify({ event: body.name, channel, data: body.data }));
      broadcast(channel, frame);
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});

const wss = new WebSocketServer({ server: http });
wss.on('connection', (socket) => {
  socket.channels = new Set();
  const socketId = `${randomInt(1e9)}.${randomInt(1e9)}`;
  socket.send(
    JSON.stringify({
      event: 'pusher:connection_established',
      data: JSON.stringify({ socket_id: socketId, activity_timeout: 120 }),
    }),
  );
  socket.on('message', (raw) => {
    let message;
    try {
      message = JSON.parse(raw.toString());
    } catch {
      return;
    }
    if (message.event === 'pusher:subscribe') {
      join(socket, message.data.channel);
      socket.send(
        JSON.stringify({
          event: 'pusher_internal:subscription_succeeded',
          channel: message.data.channel,
          data: '{}',
        }),
      );
    } else if (message.event === 'pusher:ping') {
      socket.send('{"event":"pusher:pong","data":"{}"}');
    }
  });
  socket.on('close', () => leaveAll(socket));
});

http.listen(0, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${http.address().port}`);
});
process.on('SIGTERM', () => process.exit(0));
