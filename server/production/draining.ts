/**
 * Stopping without cutting anyone off, also when the clients keep connections alive (a reverse
 * proxy's pool): once a drain starts the server stops listening (new connections are refused),
 * every answer still to be written says `Connection: close`, what is in flight finishes, and a
 * connection with nothing in flight is closed once it has stayed idle for a moment. Only at the
 * deadline are the remaining connections cut.
 *
 * Why "for a moment": closing a kept-alive connection the instant it turns idle races with the
 * client, which may already be sending its next request on it; that request is then lost to a
 * reset. A client that reuses the connection at once gets its answer with `Connection: close`
 * instead, and one that does not has let it go idle, as after any keep-alive timeout.
 */
import { Server as NetServer, type Socket } from 'node:net';
import type { Server, ServerResponse } from 'node:http';

export interface Drain {
  /** Call first for every response: counts it, and marks it `Connection: close` once draining. */
  track(res: ServerResponse): void;
  /** Resolves once every connection has ended; true when that happened before `graceMs`. */
  drain(graceMs: number): Promise<boolean>;
}

interface ConnectionState {
  inFlight: number;
  idleSince: number;
}

const idleGraceMs = 200;

export function createDrain(server: Server): Drain {
  let draining = false;
  const connections = new Map<Socket, ConnectionState>();
  const unanswered = new Set<ServerResponse>();
  server.on('connection', (socket: Socket) => {
    connections.set(socket, { inFlight: 0, idleSince: performance.now() });
    socket.once('close', () => connections.delete(socket));
  });

  return {
    track(res) {
      if (draining) res.setHeader('Connection', 'close');
      const state = connections.get(res.socket as Socket);
      if (state) state.inFlight += 1;
      unanswered.add(res);
      res.once('close', () => {
        unanswered.delete(res);
        if (!state) return;
        state.inFlight -= 1;
        state.idleSince = performance.now();
      });
    },
    async drain(graceMs) {
      draining = true;
      for (const res of unanswered) if (!res.headersSent) res.setHeader('Connection', 'close');
      // net.Server's close stops listening; http.Server's would also close idle connections at
      // once, which is the race described above.
      const closed = new Promise<void>((resolve) =>
        NetServer.prototype.close.call(server, () => resolve()),
      );
      const sweep = setInterval(() => {
        const now = performance.now();
        for (const [socket, state] of connections) {
          if (state.inFlight === 0 && now - state.idleSince >= idleGraceMs) socket.destroy();
        }
      }, 25);
      let inTime = true;
      const deadline = setTimeout(() => {
        inTime = false;
        server.closeAllConnections();
      }, graceMs);
      await closed;
      clearInterval(sweep);
      clearTimeout(deadline);
      return inTime;
    },
  };
}
