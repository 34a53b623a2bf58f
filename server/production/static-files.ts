/**
 * Serves the built console from its dist directory: hashed files under `/assets/` are cached for
 * a year (their name changes with their content), everything else is revalidated on every load so
 * a new deploy takes effect at once. Client routes get index.html; a missing file that has an
 * extension (a chunk from an older deploy, a typo) gets a real 404, never HTML posing as script.
 * Only what dist held at start is served, dotfiles and dot-directories never (dist-files.ts).
 */
import { extname, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { compressible, encodedBody, pickEncoding } from './compression.ts';
import { isHidden, listDistFiles, type DistFile, type DistFiles } from './dist-files.ts';
import { isClientRoute } from './client-routes.ts';
import { createPageHtml, type PageHtml } from './page-html.ts';
import { sendPlain } from './plain-answers.ts';

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

export type StaticHandler = (req: IncomingMessage, res: ServerResponse) => void;

export function createStaticHandler(distDir: string): StaticHandler {
  const root = resolve(distDir);
  const files = listDistFiles(root);
  const pageHtml = createPageHtml(root);
  return (req, res) => {
    void answer(req, res, root, files, pageHtml).catch(() => {
      if (!res.headersSent) sendPlain(res, 500, 'The console could not read its files.');
      else res.destroy();
    });
  };
}

async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  files: DistFiles,
  pageHtml: PageHtml | null,
) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendPlain(res, 405, 'Only GET and HEAD are served here.', { Allow: 'GET, HEAD' });
    return;
  }
  const pathname = decodedPath(req.url ?? '/');
  const file = pathname && resolve(root, `.${pathname}`);
  if (!file || (file !== root && !file.startsWith(root + sep))) {
    sendPlain(res, 400, 'Bad path.');
    return;
  }
  // A dot-path is no client route either: `/.env` gets a 404, not the app.
  if (isHidden(root, file)) {
    sendPlain(res, 404, 'Not found.');
    return;
  }
  const found = pathname.endsWith('/') ? null : await files.get(file);
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
  if (!isClientRoute(pathname)) {
    sendPlain(res, 404, 'Not found.');
    return;
  }
  if (!pageHtml) {
    sendPlain(res, 500, 'The console is not built: run `npm run build` first.');
    return;
  }
  await send(req, res, pageHtml(pathname), pageCaching);
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

async function send(req: IncomingMessage, res: ServerResponse, file: DistFile, caching: string) {
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
