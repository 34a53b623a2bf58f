import { Agent, request } from 'node:http';

export interface ClientLog {
  /** Answers received, in order, with the Connection header each carried. */
  answers: { status: number; connection: string | undefined }[];
  /** What ended the loop: ECONNREFUSED once the server stopped listening, else an error. */
  ended: string;
}

/**
 * One client of a reverse proxy's pool: a single kept-alive connection reused for request after
 * request, as fast as answers come, until a connection cannot be made any more.
 */
export function startKeepAliveClient(baseUrl: string, path: string) {
  const log: ClientLog = { answers: [], ended: '' };
  return { log, done: runClient(baseUrl, path, log) };
}

async function runClient(baseUrl: string, path: string, log: ClientLog): Promise<ClientLog> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const { hostname, port } = new URL(baseUrl);
  try {
    for (;;) {
      const answer = await new Promise<{ status: number; connection: string | undefined }>(
        (resolve, reject) => {
          const req = request({ host: hostname, port, path, agent }, (res) => {
            res.resume();
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }),
            );
            res.on('error', reject);
          });
          req.on('error', reject);
          req.end();
        },
      );
      log.answers.push(answer);
    }
  } catch (error) {
    log.ended = (error as NodeJS.ErrnoException).code ?? String(error);
  } finally {
    agent.destroy();
  }
  return log;
}
