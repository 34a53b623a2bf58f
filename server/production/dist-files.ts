/**
 * The files of the built console a browser may fetch, listed once when the server starts. dist
 * does not change while the server runs, so the cache below is bounded by the build, never by
 * what clients ask for: a cache keyed by request paths, misses included, grew by gigabytes under
 * a stream of unique URLs. Dotfiles and dot-directories are left out at any depth: the browser
 * needs none of them, and `.vite/manifest.json` names every source file.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import type { Encoding } from './compression.ts';
import { readPrecompressed } from './precompressed.ts';

export interface DistFile {
  body: Buffer;
  etag: string;
  extension: string;
  /** Compressed once on first request and kept: dist does not change while the server runs. */
  encoded: Map<Encoding, Promise<Buffer>>;
}

export interface DistFiles {
  /** The file at this absolute path, read on first use and kept; null when it is not served. */
  get(file: string): Promise<DistFile> | null;
}

/** True for a path inside `root` that is, or lies under, a dotfile or dot-directory. */
export function isHidden(root: string, file: string): boolean {
  return relative(root, file)
    .split(sep)
    .some((name) => name.startsWith('.'));
}

export function listDistFiles(root: string): DistFiles {
  const listed = new Set(distFilePaths(root));
  const loaded = new Map<string, Promise<DistFile>>();
  return {
    get(file) {
      if (!listed.has(file)) return null;
      let entry = loaded.get(file);
      if (!entry) {
        entry = readDistFile(root, file);
        // A failed read answers 500 once; keeping the rejection would answer 500 forever.
        entry.catch(() => loaded.delete(file));
        loaded.set(file, entry);
      }
      return entry;
    },
  };
}

/** Every file under `dir` but hidden ones; none when dist is missing (the handler says so). */
export function distFilePaths(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries.flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return distFilePaths(path);
    // A symlinked file is served as it was before the listing; symlinked directories are not
    // followed (Vite writes none, and a link cycle would never end).
    const isFile =
      entry.isFile() ||
      (entry.isSymbolicLink() && statSync(path, { throwIfNoEntry: false })?.isFile());
    return isFile ? [path] : [];
  });
}

/** A file as served, with the build's brotli of it when there is one (precompressed.ts). */
async function readDistFile(root: string, file: string): Promise<DistFile> {
  const distFile = toDistFile(await readFile(file), extname(file).toLowerCase());
  const brotli = await readPrecompressed(root, distFile);
  if (brotli) distFile.encoded.set('br', Promise.resolve(brotli));
  return distFile;
}

/** A body served as a dist file: its ETag from its content, compressed on first request. */
export function toDistFile(body: Buffer, extension: string): DistFile {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body, etag, extension, encoded: new Map() };
}
