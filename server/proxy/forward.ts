/**
 * Sends one request upstream and streams the answer back to the browser, keeping only
 * allowlisted response headers. Failures before the answer starts become ProxyProblems for the
 * caller to report as JSON; a failure mid-stream can only cut the connection.
 */
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { encodeForBrowser } from './browser-encoding.ts';
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
  /**
   * Writes: the cloud may act on a request whatever the browser does, so a browser that goes
   * away (a reload mid-submit) must not cut the call; its answer is still read and recorded.
   */
  outliveBrowser?: boolean;
  /**
   * Called when the answer's head arrives, before anything reaches the browser; the headers it
   * returns are added to the browser's response (the operation record's id).
   */
  onHead?: (head: UpstreamHead) => Promise<Record<string, string>>;
  /**
   * Rewrites a successful JSON answer whole (the links to the cloud in it): the new text, or null
   * to pass it on as it came. Answers over `maxBytes`, and all others, stream unchanged.
   */
  rewriteJson?: { maxBytes: number; rewrite: (text: string) => string | null };
}

export interface UpstreamHead {
  status: number;
  /** The `Location`, rewritten to an `/api/...` path; null when absent or not followable. */
  location: string | null;
  transactionId: string | null;
}

export interface ForwardResult extends UpstreamHead {
  /** The first KiB of a failed answer's body (status >= 400), for the audit trail's reason. */
  failureBody: string | null;
}

const keptFailureBytes = 1024;

/**
 * Resolves once the answer has been handed to the browser (or, for the withheld status, dropped,
 * leaving the response untouched for the caller).
 */
export function forward(
  call: UpstreamCall,
  res: ServerResponse,
  rewriteLocation: (location: string) => string | null,
  options: ForwardOptions = {},
): Promise<ForwardResult> {
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
    let head: UpstreamHead | null = null;
    let failureBody: string | null = null;
    const finish = () => resolve({ ...(head ?? emptyHead(502)), failureBody });
    upstream.on('error', (error) => {
      if (res.headersSent || head) {
        res.destroy();
        finish();
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
    // The browser went away: stop the upstream work it started (reads only).
    res.on('close', () => {
      if (!res.writableFinished && !options.outliveBrowser) upstream.destroy();
    });
    upstream.on('response', (answer: IncomingMessage) => {
      const status = answer.statusCode ?? 502;
      const headers = responseHeaders(answer, rewriteLocation);
      const rewriteJson = rewritable(call, answer, options.rewriteJson);
      // A HEAD's Content-Length counts the cloud's bytes, not the rewritten ones a GET gets.
      if (options.rewriteJson && call.method === 'HEAD') delete headers['content-length'];
      const transactionId = answer.headers['citrix-transactionid'];
      head = {
        status,
        location: typeof headers.location === 'string' ? headers.location : null,
        transactionId: typeof transactionId === 'string' ? transactionId : null,
      };
      if (status === options.withheldStatus) {
        answer.resume();
        answer.once('end', finish);
        answer.once('error', finish);
        return;
      }
      if (status >= 400) keepFailureBody(answer, (text) => (failureBody = text));
      answer.pause();
      const extraHeaders = options.onHead ? options.onHead(head) : Promise.resolve({});
      void extraHeaders
        .catch(() => ({}))
        .then((extra) => {
          answer.on('error', () => res.destroy());
          answer.on('close', finish);
          if (res.destroyed) {
            answer.resume(); // nobody to hand it to; read it to the end all the same
            return;
          }
          // A HEAD has no body to compress; a write must reach its end whatever the browser does.
          const kind = options.outliveBrowser || call.method === 'HEAD' ? 'write' : 'read';
          const sent = encodeForBrowser(res, kind, status, { ...headers, ...extra });
          if (rewriteJson) {
            deliverRewritten(answer, res, status, sent, rewriteJson);
            return;
          }
          res.writeHead(status, sent.headers);
          answer.pipe(sent.body);
        });
    });
    upstream.end(call.body ?? undefined);
  });
}

function emptyHead(status: number): UpstreamHead {
  return { status, location: null, transactionId: null };
}

function keepFailureBody(answer: IncomingMessage, keep: (text: string) => void) {
  const chunks: Buffer[] = [];
  let kept = 0;
  answer.on('data', (chunk: Buffer) => {
    if (kept >= keptFailureBytes) return;
    chunks.push(chunk);
    kept += chunk.length;
    keep(Buffer.concat(chunks).subarray(0, keptFailureBytes).toString('utf8'));
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

type JsonRewrite = NonNullable<ForwardOptions['rewriteJson']>;

/** The rewrite to apply to this answer, or null when it is to stream as it comes. */
function rewritable(
  call: UpstreamCall,
  answer: IncomingMessage,
  rewriteJson: JsonRewrite | undefined,
): JsonRewrite | null {
  if (!rewriteJson || call.method === 'HEAD' || answer.statusCode !== 200) return null;
  const mediaType = (answer.headers['content-type'] ?? '').split(';')[0]!.trim();
  const encoding = answer.headers['content-encoding'] ?? 'identity';
  const declared = Number(answer.headers['content-length'] ?? 0);
  const json = /^application\/([\w.-]+\+)?json$/i.test(mediaType);
  return json && encoding === 'identity' && declared <= rewriteJson.maxBytes ? rewriteJson : null;
}

/**
 * Reads the answer whole, rewrites it and sends it with its new length. Should it outgrow
 * `maxBytes`, what was read goes out as it came and the rest streams after it.
 */
function deliverRewritten(
  answer: IncomingMessage,
  res: ServerResponse,
  status: number,
  { headers, body: target }: ReturnType<typeof encodeForBrowser>,
  { maxBytes, rewrite }: JsonRewrite,
) {
  const chunks: Buffer[] = [];
  let size = 0;
  const onData = (chunk: Buffer) => {
    chunks.push(chunk);
    size += chunk.length;
    if (size <= maxBytes) return;
    answer.off('data', onData);
    answer.off('end', onEnd);
    res.writeHead(status, headers);
    target.write(Buffer.concat(chunks, size));
    answer.pipe(target);
  };
  const onEnd = () => {
    if (res.destroyed) return;
    const original = Buffer.concat(chunks, size);
    const rewritten = rewrite(original.toString('utf8'));
    const body = rewritten === null ? original : Buffer.from(rewritten, 'utf8');
    // Compressed, the length is not known before the end: the answer goes chunked.
    const length = target === res ? { 'content-length': String(body.length) } : {};
    res.writeHead(status, { ...headers, ...length });
    target.end(body);
  };
  answer.on('data', onData);
  answer.once('end', onEnd);
  answer.resume();
}
