import { Hono, type Context } from 'hono';
import type { SimulatorContext, SimulatorEnv } from '../context.ts';
import type { RackspaceImage } from '../data/rackspace-images.ts';
import { rackspaceFault } from './faults.ts';
import { byNewestFirst, pageImages, readImageQuery } from './image-query.ts';
import { toImageDetail, toImageSummary, type ComputeBase } from './image-view.ts';

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
    const page = pageImages(regionImages(base.region), query);
    if (!page.ok) return rackspaceFault(c, 400, page.message);
    const body: Record<string, unknown> = { images: page.images.map((image) => view(image, base)) };
    if (page.hasNext) {
      body.images_links = [{ rel: 'next', href: nextHref(c, page.images.at(-1)!.id) }];
    }
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
