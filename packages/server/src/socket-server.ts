import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type ConnectionEstablishedData, ErrorCode, PusherEvent } from '@echokit/protocol';
import { WebSocketServer } from 'ws';
import { AppState } from './app-state.js';
import { leaveAllChannels } from './channels/subscription.js';
import type { AppRegistry } from './config/app-registry.js';
import { Connection } from './connection/connection.js';
import { routeMessage } from './connection/message-router.js';
import { createSocketId } from './connection/socket-id.js';
import { checkUpgrade } from './connection/upgrade-check.js';
import type { Logger } from './logger.js';

/** Frames above this never reach our own size check: `ws` closes with 1009 instead of buffering them. */
const HARD_FRAME_LIMIT = 1024 * 1024;

/** How long shutdown waits for clients to answer the close frame before dropping them. */
const CLOSE_GRACE_MS = 3000;

/**
 * The WebSocket side: accepts upgrades on `/app/{key}`, runs each connection and holds every app's state.
 */
export class SocketServer {
  private readonly wss: WebSocketServer;
  private readonly states = new Map<string, AppState>();
  private closing = false;

  constructor(
    private readonly apps: AppRegistry,
    private readonly logger: Logger,
  ) {
    const largest = Math.max(0, ...apps.all().map((app) => app.maxMessageBytes));
    this.wss = new WebSocketServer({
      noServer: true,
      perMessageDeflate: false,
      maxPayload: Math.max(HARD_FRAME_LIMIT, largest * 4),
      clientTracking: false,
      // checked in parseIncoming, which answers with pusher:error instead of closing with 1007
      skipUTF8Validation: true,
    });
    for (const app of apps.all()) this.states.set(app.id, new AppState(app));
  }

  /** The state of an app by id, for the adapter. */
  state(appId: string): AppState | undefined {
    return this.states.get(appId);
  }

  /** Hand this the http server's `upgrade` events. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', (error) => this.logger.debug({ err: error }, 'upgrade socket error'));
    this.wss.handleUpgrade(request, socket, head, (ws) => {
      // Refusals are sent over the WebSocket (pusher:error, then the close code), which is what clients read.
      const refuse = (code: number, message: string) => {
        ws.send(JSON.stringify({ event: PusherEvent.Error, data: { code, message } }));
        ws.close(code, message.slice(0, 120));
      };
      if (this.closing) return refuse(ErrorCode.ReconnectImmediately, 'Server is shutting down');
      const check = checkUpgrade(request, this.apps, (app) => this.states.get(app.id)?.connections.size ?? 0);
      if (!check.ok) {
        this.logger.debug({ code: check.code, url: request.url }, check.message);
        return refuse(check.code, check.message);
      }
      const state = this.states.get(check.app.id) as AppState;
      let socketId = createSocketId();
      while (state.connections.has(socketId)) socketId = createSocketId();
      const connection = new Connection(socketId, check.app, ws, this.logger);
      this.join(state, connection);
      ws.on('message', (raw, isBinary) => {
        // Frames still arriving after we closed must not re-join channels the socket has left.
        if (connection.released) return;
        try {
          routeMessage(state, connection, raw, isBinary);
        } catch (error) {
          // One client's frame must never take the process down.
          this.logger.error({ err: error, socketId }, 'message handler failed');
          connection.sendError(ErrorCode.InvalidMessage, 'The server could not handle this message');
        }
      });
    });
  }

  /** Closes every socket with 4200 (clients reconnect, elsewhere if need be) and waits for them. */
  async close(): Promise<void> {
    this.closing = true;
    const connections = [...this.states.values()].flatMap((state) => [...state.connections.values()]);
    const closed = connections.map((connection) => connection.whenSocketClosed());
    for (const connection of connections) {
      connection.close(ErrorCode.ReconnectImmediately, 'Server shutting down');
    }
    const grace = setTimeout(() => {
      for (const connection of connections) connection.terminate();
    }, CLOSE_GRACE_MS);
    await Promise.all(closed);
    clearTimeout(grace);
    for (const state of this.states.values()) state.close();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private join(state: AppState, connection: Connection): void {
    const { app } = state;
    state.connections.set(connection.socketId, connection);
    this.logger.debug({ app: app.id, socketId: connection.socketId }, 'connected');
    connection.onRelease(() => {
      this.logger.debug({ app: app.id, socketId: connection.socketId }, 'disconnected');
      state.connections.delete(connection.socketId);
      // On shutdown everyone is leaving at once: announcing each departure to sockets about to close
      // would show members leaving who are only being moved to another node.
      leaveAllChannels(state, connection, { announce: !this.closing });
      state.users.signOut(connection);
    });

    const established: ConnectionEstablishedData = {
      socket_id: connection.socketId,
      activity_timeout: app.activityTimeout,
    };
    connection.send({ event: PusherEvent.ConnectionEstablished, data: JSON.stringify(established) });

    if (app.requireSignin) {
      const timer = setTimeout(() => {
        if (!connection.user) {
          connection.fail(ErrorCode.Unauthorized, `Not signed in within ${app.signinTimeout} seconds`);
        }
      }, app.signinTimeout * 1000);
      connection.onRelease(() => clearTimeout(timer));
    }
  }
}
