/** The non-HTML answers of the /auth routes; none of them may be cached. */
import type { ServerResponse } from 'node:http';

export function redirect(
  res: ServerResponse,
  status: 302 | 303,
  location: string,
  cookie?: string,
) {
  res.writeHead(status, {
    Location: location,
    'Cache-Control': 'no-store',
    'Content-Length': 0,
    ...(cookie ? { 'Set-Cookie': cookie } : {}),
  });
  res.end();
}

export function sendJson(res: ServerResponse, status: number, body: unknown, cookie?: string) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...(cookie ? { 'Set-Cookie': cookie } : {}),
  });
  res.end(text);
}

export function refuseMethod(res: ServerResponse, allowed: string) {
  res.writeHead(405, { Allow: allowed, 'Cache-Control': 'no-store', 'Content-Length': 0 });
  res.end();
}
