import { Hono, type Context } from 'hono';
import type { SimulatorContext, SimulatorEnv } from '../context.ts';
import { citrixProblems } from '../citrix-problems.ts';
import { catalogServiceError } from './errors.ts';
import { catalogsByImage, toTemplateImageDetails, toTemplateImageOverview } from './image-view.ts';

const badRequest = (detail: string) => ({ kind: 'badRequest', detail, sdkErrorId: 'BadRequest' });

/** ASP.NET model binding: `true`/`false` in any case; anything else is a 400. */
function readBoolean(c: Context, name: string, fallback: boolean): boolean | Response {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return fallback;
  if (/^true$/i.test(raw)) return true;
  if (/^false$/i.test(raw)) return false;
  return catalogServiceError(c, 400, badRequest(`The value '${raw}' is not valid for ${name}.`));
}

/** `azureSubscriptions` is an exploded array (`?azureSubscriptions=a&azureSubscriptions=b`); commas too. */
function readSubscriptions(c: Context): Set<string> | undefined {
  const values = (c.req.queries('azureSubscriptions') ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim().toLowerCase())
    .filter(Boolean);
  return values.length > 0 ? new Set(values) : undefined;
}

/**
 * `GET /catalogservice/{customerId}/{siteId}/images[/{imageId}]` (seed 000; reference/citrix-notes.md
 * §3.4). The customer has no partner tenants, so `cspCustomerId`/`cspSiteId` may only name itself.
 */
export function catalogServiceImageRoutes(ctx: SimulatorContext) {
  const routes = new Hono<SimulatorEnv>();
  const builds = ctx.state.imageBuilds;
  const { customer } = ctx.dataset;

  routes.get('/', (c) => {
    const includeCitrix = readBoolean(c, 'includeCitrixPrepared', true);
    if (includeCitrix instanceof Response) return includeCitrix;
    const includeCustomer = readBoolean(c, 'includeCustomerPrepared', true);
    if (includeCustomer instanceof Response) return includeCustomer;
    const cspCustomerId = c.req.query('cspCustomerId');
    if (cspCustomerId && cspCustomerId !== customer.id) {
      const detail = `Customer ${customer.id} has no partner relationship with tenant ${cspCustomerId}`;
      return catalogServiceError(c, 403, citrixProblems.accessDenied(detail));
    }
    const cspSiteId = c.req.query('cspSiteId');
    if (cspSiteId && cspSiteId !== customer.site.id) {
      return catalogServiceError(c, 404, citrixProblems.notFound(`Tenant site ${cspSiteId}`));
    }
    const subscriptions = readSubscriptions(c);
    builds.advance();
    const linked = catalogsByImage(ctx.dataset.catalogs);
    const items = ctx.dataset.citrixImages
      .filter((image) => (image.citrixPrepared ? includeCitrix : includeCustomer))
      // Citrix-prepared images are not in the customer's subscriptions, so that filter spares them.
      .filter(
        (image) =>
          !subscriptions ||
          image.citrixPrepared ||
          subscriptions.has(image.subscriptionId.toLowerCase()),
      )
      .map((image) => toTemplateImageOverview(image, linked.get(image.id) ?? []));
    return c.json({ items, staleData: false });
  });

  routes.get('/:imageId', (c) => {
    const imageId = c.req.param('imageId');
    builds.advance();
    const image = ctx.dataset.citrixImages.find(
      (candidate) => candidate.id.toLowerCase() === imageId.toLowerCase(),
    );
    if (!image) return catalogServiceError(c, 404, citrixProblems.notFound(`Image ${imageId}`));
    const linked = catalogsByImage(ctx.dataset.catalogs).get(image.id) ?? [];
    return c.json(toTemplateImageDetails(image, linked));
  });

  return routes;
}
