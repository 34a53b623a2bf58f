/**
 * The build's last step: brotli at quality 11 of every file the server compresses, for it to
 * send instead of compressing at quality 9 itself (server/production/precompressed.ts says why).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { compressible } from '../server/production/compression.ts';
import { distFilePaths, toDistFile } from '../server/production/dist-files.ts';
import { precompressedFolder, precompressedPath } from '../server/production/precompressed.ts';

/** Writes the brotli file of every compressible file served from `root`; returns how many. */
export function precompress(root: string): number {
  mkdirSync(join(root, precompressedFolder), { recursive: true });
  let written = 0;
  for (const path of distFilePaths(root)) {
    const file = toDistFile(readFileSync(path), extname(path).toLowerCase());
    if (!compressible(file.extension, file.body.length)) continue;
    const params = {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: file.body.length,
    };
    writeFileSync(precompressedPath(root, file.etag), brotliCompressSync(file.body, { params }));
    written++;
  }
  return written;
}
