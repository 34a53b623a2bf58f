import { Hono, type Context } from 'hono';
import type { SimulatorContext, SimulatorEnv } from '../context.ts';
import type { RackspaceImage } from '../data/rackspace-images.ts';
import { rackspaceFault } from '../errors/rackspace-faults.ts';
import { byNewestFirst, maxPageSize, readImageQuery } from './rackspace-image-query.ts';
import { toImageDetail, toImageSummary, type ComputeBase } from './rackspace-image-view.ts';

/**
 * `GET /v2/{tenant}/images`, `/images/detail` and `/images/{id}` (seed 004; reference/rackspace-notes.md
 * §1 and §4), mounted under the tenant-scoped compute router. Base images are in every region, a
 * snapshot only in its server's region.
 */
export function rackspaceImageRoutes(ctx: SimulatorContext) {
  const routes = new Hono<SimulatorEnv>();
  const builds = ctx.state.imageBuilds;
  // Creation times never change, so the newest-first order is computed once per region.
  const sortedByRegion = new Map<string, RackspaceImage[]>();
  const regionImages = (region: string) => {
    let images = sortedByRegion.get(region);
    if (!images) {
      images = ctx.dataset.rackspaceImages
        .filter((image) => (image.regions as readonly string[]).includes(region))
        .sort(byNewestFirst);
      sortedByRegion.set(region, images);
    }
    return images;
  };
  const computeBase = (c: Context): ComputeBase => ({
    origin: new URL(c.req.url).origin,
    region: c.req.param('region') ?? '',
    tenant: c.req.param('tenant') ?? '',
  });

  const list = (view: typeof toImageSummary | typeof toImageDetail) => (c: Context) => {
    const query = readImageQuery((name) => c.req.query(name));
    if (!query.ok) return rackspaceFault(c, 400, query.message);
    builds.advance();
    const base = computeBase(c);
    const all = regionImages(base.region);
    let start = 0;
    if (query.marker !== undefined) {
      const markerIndex = all.findIndex((image) => image.id === query.marker);
      if (markerIndex < 0) return rackspaceFault(c, 400, `marker [${query.marker}] not found`);
      start = markerIndex + 1;
    }
    const pageSize = Math.min(query.limit ?? maxPageSize, maxPageSize);
    const page: RackspaceImage[] = [];
    for (let i = start; i < all.length && page.length < pageSize; i++) {
      if (query.filter(all[i]!)) page.push(all[i]!);
    }
    // Nova links the next page whenever this one is full, so a client may meet an empty last page.
    const full = page.length > 0 && page.length === pageSize;
    const body: Record<string, unknown> = { images: page.map((image) => view(image, base)) };
    if (full) body.images_links = [{ rel: 'next', href: nextHref(c, page.at(-1)!.id) }];
    return c.json(body);
  };

  routes.get('/', list(toImageSummary));
  routes.get('/detail', list(toImageDetail));
  routes.get('/:imageId', (c) => {
    builds.advance();
    const base = computeBase(c);
    const id = c.req.param('imageId').toLowerCase();
    const image = regionImages(base.region).find((candidate) => candidate.id === id);
    // Deleted images can still be read by ID, as Nova does, until they are purged.
    if (!image) return rackspaceFault(c, 404, 'Image not found.');
    return c.json({ image: toImageDetail(image, base) });
  });
  return routes;
}

/** The request URL with every original parameter kept and `marker` set to the page's last ID. */
function nextHref(c: Context, lastId: string): string {
  const url = new URL(c.req.url);
  url.searchParams.set('marker', lastId);
  return url.toString();
}
