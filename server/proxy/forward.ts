/**
 * Sends one request upstream and streams the answer back to the browser, keeping only
 * allowlisted response headers. Failures before the answer starts become ProxyProblems for the
 * caller to report as JSON; a failure mid-stream can only cut the connection.
 */
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { ProxyProblem } from './errors.ts';
import { pickResponseHeaders } from './headers.ts';

export interface UpstreamCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Buffer | null;
  /** Longest silence tolerated from the upstream, before or during its answer. */
  timeoutMs: number;
}

export interface ForwardOptions {
  /**
   * An upstream status the caller wants to handle itself (a 401 it will retry after a fresh
   * mint): such an answer is read and dropped instead of being sent to the browser.
   */
  withheldStatus?: number;
}

/**
 * Resolves with the upstream status once the answer has been handed to the browser (or, for the
 * withheld status, dropped, leaving the response untouched for the caller).
 */
export function forward(
  call: UpstreamCall,
  res: ServerResponse,
  rewriteLocation: (location: string) => string | null,
  options: ForwardOptions = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(call.url);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const headers = { ...call.headers };
    if (call.body) headers['content-length'] = String(call.body.length);
    const upstream = send(target, { method: call.method, headers });

    upstream.setTimeout(call.timeoutMs, () => {
      upstream.destroy(
        new ProxyProblem('upstream_timeout', `No answer within ${call.timeoutMs} ms.`),
      );
    });
    upstream.on('error', (error) => {
      if (res.headersSent) {
        res.destroy();
        resolve(502);
        return;
      }
      reject(
        error instanceof ProxyProblem
          ? error
          : new ProxyProblem(
              'upstream_unreachable',
              `The upstream ${target.host} could not be reached.`,
            ),
      );
    });
    // The browser went away: stop the upstream work it started.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    upstream.on('response', (answer: IncomingMessage) => {
      const status = answer.statusCode ?? 502;
      if (status === options.withheldStatus) {
        answer.resume();
        answer.once('end', () => resolve(status));
        answer.once('error', () => resolve(status));
        return;
      }
      res.writeHead(status, responseHeaders(answer, rewriteLocation));
      answer.pipe(res);
      answer.on('error', () => res.destroy());
      answer.on('close', () => resolve(status));
    });
    upstream.end(call.body ?? undefined);
  });
}

function responseHeaders(
  answer: IncomingMessage,
  rewriteLocation: (location: string) => string | null,
): Record<string, string | number | string[]> {
  const headers = pickResponseHeaders(answer.headers) as Record<string, string>;
  const location = answer.headers.location;
  const rewritten = location ? rewriteLocation(location) : null;
  if (rewritten) headers.location = rewritten;
  return headers;
}
