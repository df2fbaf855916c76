// socket.io-client 2 ships no types; this declares the little the generator uses.
declare namespace SocketIOClient {
  interface Socket {
    id: string;
    on(event: string, listener: (...args: never[]) => void): Socket;
    off(event: string): Socket;
    emit(event: string, ...args: unknown[]): Socket;
    close(): Socket;
  }
}

declare module 'socket.io-client' {
  function io(
    url: string,
    options?: { transports?: string[]; forceNew?: boolean; reconnection?: boolean },
  ): SocketIOClient.Socket;
  export default io;
}
