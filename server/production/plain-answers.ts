/**
 * Answers the production server gives before a request reaches the console: refused hosts, HTTP
 * versions and paths, and the client errors Node would otherwise answer itself (400, 408, 431)
 * without any of the security headers every response promises.
 */
import type { Socket } from 'node:net';
import type { ServerResponse } from 'node:http';
import { securityHeaders } from './security-headers.ts';

/** A short answer in words, never cached; `extraHeaders` add to or override the defaults. */
export function sendPlain(
  res: ServerResponse,
  status: number,
  text: string,
  extraHeaders: Record<string, string> = {},
) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(text);
}

const clientErrors: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [
    431,
    'Request Header Fields Too Large',
    'The request headers are too large.',
  ],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'The request did not arrive in time.'],
};
const badRequest: [number, string, string] = [
  400,
  'Bad Request',
  'The request is not valid HTTP/1.1 and was not read.',
];

/**
 * For the server's 'clientError' event: Node has not parsed a request, so there is no response
 * object; the answer is written to the socket as Node's own default handler does, with headers.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket) {
  const startedAnswer = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || startedAnswer?.headersSent) {
    socket.destroy();
    return;
  }
  const [status, reason, text] = clientErrors[error.code ?? ''] ?? badRequest;
  const headers = {
    ...securityHeaders,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    Connection: 'close',
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(`HTTP/1.1 ${status} ${reason}\r\n${head.join('')}\r\n${text}`);
}
