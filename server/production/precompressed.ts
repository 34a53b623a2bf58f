/**
 * Brotli at its highest quality, written once by `npm run build` (scripts/precompress.ts) and
 * taken up here. The server compresses what has no such file itself, at quality 9, on first
 * request: cheap enough to do while a request waits. Quality 11 takes some six times as long
 * (about 1.2 s for the whole build on this machine) and sends about 7% fewer bytes of the scripts
 * and the stylesheet every page loads first, on phone connections where those bytes are most of
 * the wait.
 *
 * Each file is named by its content's hash (the file's ETag), so it never answers for a file that
 * has changed since the build; and it is decompressed and compared once before use, so a damaged
 * one is left alone instead of served.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliDecompress } from 'node:zlib';
import { compressible } from './compression.ts';

/** Under dist's `.vite`: a dot-directory, never served itself (dist-files.ts, isHidden). */
export const precompressedFolder = '.vite/brotli';

/** Where the build writes the brotli file of a file with this ETag. */
export const precompressedPath = (root: string, etag: string) =>
  join(root, precompressedFolder, `${etag.replaceAll('"', '')}.br`);

const decompress = promisify(brotliDecompress);

/** The build's brotli file for this content, when there is one and it decodes to the content. */
export async function readPrecompressed(
  root: string,
  file: { body: Buffer; etag: string; extension: string },
): Promise<Buffer | null> {
  if (!compressible(file.extension, file.body.length)) return null;
  try {
    const encoded = await readFile(precompressedPath(root, file.etag));
    return (await decompress(encoded)).equals(file.body) ? encoded : null;
  } catch {
    // None written (a build before this, or a file too small), or one that does not decode.
    return null;
  }
}
