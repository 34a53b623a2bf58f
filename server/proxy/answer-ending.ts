/**
 * How an answer really ended, for the request log. Only the response knows: the handler's
 * promise settles when forward() is done, which it also is when the cloud broke off mid-body
 * after a 200 had gone out.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type AnswerEnding =
  | { kind: 'complete' }
  | {
      kind: 'cut';
      /** `client`: it closed or reset the connection; `server`: the cloud broke off, or the proxy. */
      by: 'client' | 'server';
      /** Body bytes handed on before the cut; null when not even the status went out. */
      bodyBytes: number | null;
    };

/** Calls `onEnd` once: when `res` finishes, or when its connection closes before it could. */
export function whenAnswerEnds(
  req: IncomingMessage,
  res: ServerResponse,
  onEnd: (ending: AnswerEnding) => void,
) {
  const bodyBytes = countBodyBytes(res);
  // Kept now: by the time the response closes it may have let go of its socket.
  const socket = req.socket;
  res.once('finish', () => onEnd({ kind: 'complete' }));
  res.once('close', () => {
    if (res.writableFinished) return;
    // A client that leaves sends FIN (its stream ended) or a reset (an error); a connection
    // this side destroyed has received neither.
    const by = socket.readableEnded || socket.errored ? 'client' : 'server';
    onEnd({ kind: 'cut', by, bodyBytes: res.headersSent ? bodyBytes() : null });
  });
}

/** Node keeps no count of body bytes, so the response's writes are counted on their way. */
function countBodyBytes(res: ServerResponse): () => number {
  let bytes = 0;
  const count = (chunk: unknown, encoding: unknown) => {
    if (chunk instanceof Uint8Array) bytes += chunk.byteLength;
    else if (typeof chunk === 'string') {
      bytes += Buffer.byteLength(
        chunk,
        typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8',
      );
    }
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    count(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as ServerResponse['write'];
  res.end = ((...args: unknown[]) => {
    count(args[0], args[1]);
    return end(...args);
  }) as ServerResponse['end'];
  return () => bytes;
}
