/**
 * Every page needs a signed-in person: a browser navigating to a console page without a session
 * is sent through sign-in and brought back to the same address. Only page loads are guarded here
 * (the API answers 401 itself); scripts and styles hold no data and load as usual.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Identity } from '../auth/auth.ts';

type Next = () => void;

const unguardedPrefixes = ['/api', '/auth/', '/idp', '/assets/', '/@', '/src/', '/node_modules/'];

function isPageLoad(req: IncomingMessage, path: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (unguardedPrefixes.some((prefix) => path === prefix || path.startsWith(prefix))) return false;
  const destination = req.headers['sec-fetch-dest'];
  if (destination) return destination === 'document';
  return (req.headers.accept ?? '').includes('text/html');
}

export function createPageGuard(identify: (req: IncomingMessage) => Promise<Identity | null>) {
  return (req: IncomingMessage, res: ServerResponse, next: Next) => {
    const url = req.url ?? '/';
    const path = url.split('?')[0]!;
    if (!isPageLoad(req, path)) return next();
    identify(req)
      .then((identity) => {
        if (identity) {
          // A page of data must not be kept for Back after sign-out (nor by a shared proxy).
          res.setHeader('Cache-Control', 'no-store');
          next();
          return;
        }
        res.writeHead(302, {
          Location: `/auth/login?returnTo=${encodeURIComponent(url)}`,
          'Cache-Control': 'no-store',
        });
        res.end();
      })
      .catch(() => {
        res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('The console could not check your sign-in. Try again shortly.');
      });
  };
}
