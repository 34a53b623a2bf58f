/**
 * Serves the built console from its dist directory: hashed files under `/assets/` are cached for
 * a year (their name changes with their content), everything else is revalidated on every load so
 * a new deploy takes effect at once. Client routes get index.html; a missing file that has an
 * extension (a chunk from an older deploy, a typo) gets a real 404, never HTML posing as script.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { compressible, encodedBody, pickEncoding, type Encoding } from './compression.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export const immutableCaching = 'public, max-age=31536000, immutable';
export const revalidateCaching = 'no-cache';
/**
 * The page itself: never stored, so after sign-out Back cannot bring a page of data back from a
 * cache (no-store also keeps it out of the back/forward cache); its scripts stay cacheable.
 */
export const pageCaching = 'no-store';

interface LoadedFile {
  body: Buffer;
  etag: string;
  extension: string;
  /** Compressed once on first request and kept: dist does not change while the server runs. */
  encoded: Map<Encoding, Promise<Buffer>>;
}

export type StaticHandler = (req: IncomingMessage, res: ServerResponse) => void;

export function createStaticHandler(distDir: string): StaticHandler {
  const root = resolve(distDir);
  const loaded = new Map<string, Promise<LoadedFile | null>>();
  const load = (file: string) => {
    let entry = loaded.get(file);
    if (!entry) {
      entry = loadFile(file);
      loaded.set(file, entry);
    }
    return entry;
  };

  return (req, res) => {
    void answer(req, res, root, load).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'The console could not read its files.');
      else res.destroy();
    });
  };
}

async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  load: (file: string) => Promise<LoadedFile | null>,
) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Only GET and HEAD are served here.', { Allow: 'GET, HEAD' });
    return;
  }
  const pathname = decodedPath(req.url ?? '/');
  const file = pathname && resolve(root, `.${pathname}`);
  if (!file || (file !== root && !file.startsWith(root + sep))) {
    sendText(res, 400, 'Bad path.');
    return;
  }
  const found = pathname.endsWith('/') ? null : await load(file);
  if (found) {
    const caching = pathname.startsWith('/assets/')
      ? immutableCaching
      : extname(pathname) === '.html'
        ? pageCaching
        : revalidateCaching;
    await send(req, res, found, caching);
    return;
  }
  // Only client routes fall back to the app; `/api` never reaches here (the proxy answers it).
  if (extname(pathname) !== '' || pathname === '/api' || pathname.startsWith('/api/')) {
    sendText(res, 404, 'Not found.');
    return;
  }
  const index = await load(resolve(root, 'index.html'));
  if (!index) {
    sendText(res, 500, 'The console is not built: run `npm run build` first.');
    return;
  }
  await send(req, res, index, pageCaching);
}

/** The URL's path, percent-decoded; null when it cannot be a file path at all. */
function decodedPath(rawUrl: string): string | null {
  const path = rawUrl.split('?')[0]!.split('#')[0]!;
  try {
    const decoded = decodeURIComponent(path);
    return decoded.startsWith('/') && !decoded.includes('\0') ? decoded : null;
  } catch {
    return null;
  }
}

async function loadFile(file: string): Promise<LoadedFile | null> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;
  const body = await readFile(file);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body, etag, extension: extname(file).toLowerCase(), encoded: new Map() };
}

async function send(req: IncomingMessage, res: ServerResponse, file: LoadedFile, caching: string) {
  const headers: Record<string, string | number> = {
    'Content-Type': contentTypes[file.extension] ?? 'application/octet-stream',
    'Cache-Control': caching,
    ETag: file.etag,
  };
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  let body = file.body;
  if (compressible(file.extension, body.length)) {
    headers.Vary = 'Accept-Encoding';
    const encoding = pickEncoding(req.headers['accept-encoding']);
    if (encoding) {
      body = await encodedBody(file, encoding);
      headers['Content-Encoding'] = encoding;
    }
  }
  headers['Content-Length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function sendText(
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
