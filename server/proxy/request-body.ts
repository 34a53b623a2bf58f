import type { IncomingMessage } from 'node:http';
import { ProxyProblem } from './errors.ts';

/**
 * Reads a request body of at most `maxBytes`. Console API bodies are small JSON documents, so
 * buffering them costs little and lets the proxy answer 413 before anything reaches the cloud
 * (and send an exact Content-Length upstream). Returns null when there is no body.
 */
export function readLimitedBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (declared > maxBytes) return Promise.reject(tooLarge(maxBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      // Stop keeping it, but let the rest drain: destroying the request would also kill the
      // socket the 413 has to travel on.
      req.off('data', onData);
      req.resume();
      reject(tooLarge(maxBytes));
    };
    req.on('data', onData);
    req.once('error', reject);
    req.once('end', () => resolve(total === 0 ? null : Buffer.concat(chunks, total)));
  });
}

function tooLarge(maxBytes: number): ProxyProblem {
  return new ProxyProblem(
    'payload_too_large',
    `Request bodies are limited to ${Math.round(maxBytes / 1024)} KiB.`,
  );
}
