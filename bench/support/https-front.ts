/**
 * A TLS terminator speaking HTTP/2 in front of a served console, as the README's "Behind a
 * reverse proxy" deploys it: a phone never reaches the console's plain HTTP/1.1 port, it talks
 * to nginx or a load balancer over TLS, and those speak HTTP/2. Lighthouse's simulation follows
 * the protocol it saw: over HTTP/1.1 a page's 20-odd files queue on six connections at a round
 * trip each, over HTTP/2 they share one, and TLS costs its own round trip either way.
 *
 * The certificate is made for 127.0.0.1 by `openssl` for this run only; Chromium is told to trust
 * that one key (`chromiumTrustFlag`), sign-in's requests trust it too (`fetchTrusting`), and so
 * must the console, which reads its embedded IdP's discovery at its `PUBLIC_URL`
 * (`NODE_EXTRA_CA_CERTS`, the certificate's `file`).
 */
import { execFileSync } from 'node:child_process';
import { X509Certificate, createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http, { type IncomingHttpHeaders } from 'node:http';
import http2, { type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface HttpsFront {
  /** `https://127.0.0.1:<port>`: the console's `PUBLIC_URL`. */
  url: string;
  /** The Chromium flag that trusts this front's certificate and no other. */
  chromiumTrustFlag: string;
  /** fetch that trusts this front's certificate, for signing in through it. */
  fetch: typeof fetch;
  close(): Promise<void>;
}

// Connection-level headers: HTTP/2 forbids them, and each hop has its own.
const hopByHop = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'http2-settings',
]);

export interface FrontCertificate {
  key: string;
  cert: string;
  /** The certificate as a file, for `NODE_EXTRA_CA_CERTS`. */
  file: string;
  remove(): void;
}

/** Starts the front on `port`, forwarding to `upstream` with the browser's own `Host`. */
export async function startHttpsFront(
  port: number,
  upstream: URL,
  { key, cert }: FrontCertificate,
): Promise<HttpsFront> {
  const server = http2.createSecureServer({ key, cert, allowHTTP1: true }, (request, response) =>
    forward(request, response, upstream),
  );
  const sessions = new Set<http2.ServerHttp2Session>();
  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const spki = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
  return {
    url: `https://127.0.0.1:${port}`,
    chromiumTrustFlag: `--ignore-certificate-errors-spki-list=${createHash('sha256').update(spki).digest('base64')}`,
    fetch: fetchTrusting(cert),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Lighthouse's Chromium is gone by now; its sessions would otherwise hold the close.
        for (const session of sessions) session.destroy();
      }),
  };
}

function forward(request: Http2ServerRequest, response: Http2ServerResponse, upstream: URL) {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (!name.startsWith(':') && !hopByHop.has(name) && value !== undefined) headers[name] = value;
  }
  // As nginx's `proxy_set_header Host $host`: the console checks the name the browser used.
  headers.host = request.authority || String(request.headers.host);
  const toConsole = http.request(
    {
      host: upstream.hostname,
      port: upstream.port,
      method: request.method,
      path: request.url,
      headers,
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, withoutHopByHop(answer.headers));
      answer.pipe(response);
    },
  );
  toConsole.on('error', () => {
    if (!response.headersSent) response.writeHead(502);
    response.end();
  });
  request.pipe(toConsole);
}

function withoutHopByHop(headers: IncomingHttpHeaders) {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!hopByHop.has(name) && value !== undefined) kept[name] = value;
  }
  return kept;
}

/** A key and a self-signed certificate for 127.0.0.1, in a directory of their own. */
export function frontCertificate(): FrontCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'daas-console-front-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
      file: join(dir, 'cert.pem'),
      remove,
    };
  } catch (error) {
    remove();
    throw error;
  }
}

/** Just the fetch the sign-in helper uses (method, headers, a string body, manual redirects). */
function fetchTrusting(ca: string): typeof fetch {
  return (input, init = {}) =>
    new Promise((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const outgoing = https.request(
        url,
        { method: init.method ?? 'GET', headers: init.headers as Record<string, string>, ca },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('error', reject);
          answer.on('end', () => {
            const headers = new Headers();
            for (let i = 0; i < answer.rawHeaders.length; i += 2) {
              headers.append(answer.rawHeaders[i]!, answer.rawHeaders[i + 1]!);
            }
            const status = answer.statusCode ?? 502;
            const empty = status === 204 || status === 304;
            resolve(new Response(empty ? null : Buffer.concat(chunks), { status, headers }));
          });
        },
      );
      outgoing.on('error', reject);
      if (typeof init.body === 'string') outgoing.write(init.body);
      outgoing.end();
    });
}
