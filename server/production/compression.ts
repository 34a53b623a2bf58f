/**
 * Compression for the built files: text assets are worth it (the JS shrinks to about a quarter),
 * images and fonts are compressed already. Each file is compressed once and kept in memory.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip as gzipCompress } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

const textExtensions = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.map']);

/** Tiny files gain nothing but a Vary header. */
export function compressible(extension: string, size: number): boolean {
  return textExtensions.has(extension) && size > 1024;
}

export function pickEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = (acceptEncoding ?? '').split(',').map((part) => part.trim().split(';')[0]);
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return null;
}

const brotli = promisify(brotliCompress);
const gzip = promisify(gzipCompress);

/** Compressed off the event loop, once per file and encoding, so API traffic never waits on it. */
export function encodedBody(
  file: { body: Buffer; encoded: Map<Encoding, Promise<Buffer>> },
  encoding: Encoding,
): Promise<Buffer> {
  let body = file.encoded.get(encoding);
  if (!body) {
    body =
      encoding === 'br'
        ? brotli(file.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
        : gzip(file.body, { level: 9 });
    file.encoded.set(encoding, body);
  }
  return body;
}
