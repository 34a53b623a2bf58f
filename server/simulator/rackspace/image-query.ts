import type { RackspaceImage } from '../data/rackspace-images.ts';

/** Nova's `[api] max_limit`: no page is longer, whatever `limit` asks for. */
export const maxPageSize = 1000;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** ISO 8601 as Nova accepts it: date and time, optional fraction and zone (UTC when absent). */
const changesSincePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

export interface ImageFilters {
  filter: (image: RackspaceImage) => boolean;
  marker: string | undefined;
  limit: number | undefined;
}

export type ImageQuery = ({ ok: true } & ImageFilters) | { ok: false; message: string };

export type ImagePage =
  { ok: true; images: RackspaceImage[]; hasNext: boolean } | { ok: false; message: string };

/** Reads the documented query parameters (seed 004; reference/rackspace-notes.md §1.2–1.3). */
export function readImageQuery(query: (name: string) => string | undefined): ImageQuery {
  const limitText = query('limit');
  let limit: number | undefined;
  if (limitText !== undefined) {
    if (!/^-?\d+$/.test(limitText)) return { ok: false, message: 'limit param must be an integer' };
    limit = Number(limitText);
    if (limit < 0) return { ok: false, message: 'limit param must be positive' };
  }
  const marker = query('marker');
  if (marker !== undefined && !uuidPattern.test(marker)) {
    return { ok: false, message: `Invalid marker format: ${marker}` };
  }
  const sinceText = query('changes-since');
  let since: number | undefined;
  if (sinceText !== undefined) {
    since = changesSincePattern.test(sinceText) ? Date.parse(withZone(sinceText)) : NaN;
    if (Number.isNaN(since)) return { ok: false, message: 'Invalid changes-since value' };
  }
  // `server` is an ID or a full server URL: Nova keeps the last path segment.
  const server = query('server')?.split('/').filter(Boolean).pop()?.toLowerCase();
  const name = query('name');
  const status = query('status')?.toUpperCase();
  const type = query('type')?.toLowerCase();
  const filter = (image: RackspaceImage) =>
    // Deleted images show only to a changes-since poll, which must learn of deletions (RS-poll).
    (since !== undefined ? Date.parse(image.updated) >= since : image.status !== 'DELETED') &&
    (server === undefined || image.serverId?.toLowerCase() === server) &&
    (name === undefined || image.name === name) &&
    (status === undefined || image.status === status) &&
    (type === undefined || type === 'all' || image.metadata.image_type === type);
  return { ok: true, filter, marker: marker?.toLowerCase(), limit };
}

function withZone(text: string): string {
  return /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`;
}

/** Newest first, then by ID, as Glance sorts (§1.3 "Sort order"). */
export function byNewestFirst(a: RackspaceImage, b: RackspaceImage): number {
  return b.created.localeCompare(a.created) || b.id.localeCompare(a.id);
}

/**
 * The page after `marker` of `images` (sorted newest first) that pass the filters. Nova links the
 * next page whenever this one is full, so a client may meet an empty last page.
 */
export function pageImages(images: readonly RackspaceImage[], query: ImageFilters): ImagePage {
  let start = 0;
  if (query.marker !== undefined) {
    const markerIndex = images.findIndex((image) => image.id === query.marker);
    if (markerIndex < 0) return { ok: false, message: `marker [${query.marker}] not found` };
    start = markerIndex + 1;
  }
  const pageSize = Math.min(query.limit ?? maxPageSize, maxPageSize);
  const page: RackspaceImage[] = [];
  for (let i = start; i < images.length && page.length < pageSize; i++) {
    if (query.filter(images[i]!)) page.push(images[i]!);
  }
  return { ok: true, images: page, hasNext: page.length > 0 && page.length === pageSize };
}
