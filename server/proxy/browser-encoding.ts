/**
 * Compression of the cloud's answers on their way to the browser. The proxy asks the cloud for
 * plain bytes (it reads and rewrites some answers), and JSON compresses to a fifth or less: a
 * page of 100 sessions is 465 KB as it comes and under 40 KB in brotli, the difference between
 * seconds and a moment on a phone's connection.
 */
import type { ServerResponse } from 'node:http';
import { pipeline, type Writable } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { pickEncoding } from '../production/compression.ts';

type Headers = Record<string, string | number | string[]>;

const jsonMediaType = /^application\/([\w.-]+\+)?json$/i;
// Smaller answers gain nothing worth a compressor's setup.
const minimumBytes = 1024;

/**
 * The headers to send and where to write the body: `res` itself, or a compressor in front of it
 * when the answer is a read's JSON the browser takes compressed (a `$search` is a read, though
 * it is a POST). Writes' answers go as they came: they are small, and one must be read to its end
 * even when the browser has gone.
 */
export function encodeForBrowser(
  res: ServerResponse,
  kind: 'read' | 'write',
  status: number,
  headers: Headers,
): { headers: Headers; body: Writable } {
  const mediaType = String(headers['content-type'] ?? '')
    .split(';')[0]!
    .trim();
  if (kind !== 'read' || status !== 200 || !jsonMediaType.test(mediaType)) {
    return { headers, body: res };
  }
  // Whichever way it goes, a cache must not hand one browser's encoding to another.
  const varied: Headers = { ...headers, vary: 'Accept-Encoding' };
  const cloudEncoding = String(headers['content-encoding'] ?? 'identity').toLowerCase();
  const declared =
    headers['content-length'] === undefined ? null : Number(headers['content-length']);
  const encoding = pickEncoding(res.req?.headers['accept-encoding']);
  if (cloudEncoding !== 'identity' || (declared !== null && declared < minimumBytes) || !encoding) {
    return { headers: varied, body: res };
  }
  // The cloud's length counts its plain bytes; the compressed answer goes chunked.
  const rest = { ...varied };
  delete rest['content-length'];
  // Quick settings: the proxy compresses as the answer streams, on the request's own time.
  const compressor =
    encoding === 'br'
      ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
      : createGzip({ level: 6 });
  // A browser that goes away ends the compressor too; the cloud's side is handled by forward().
  pipeline(compressor, res, () => undefined);
  return { headers: { ...rest, 'content-encoding': encoding }, body: compressor };
}
