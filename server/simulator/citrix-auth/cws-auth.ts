import { createMiddleware } from 'hono/factory';
import type { SimulatorContext, SimulatorEnv } from '../context.ts';
import { citrixProblems, type CitrixErrorRenderer } from '../citrix-problems.ts';

/**
 * `CwsAuth bearer=<token>`: docs and SDKs spell both words in several cases (`CWSAuth Bearer=`,
 * `CwsAuth bearer=`), so both are matched case-insensitively (reference/citrix-notes.md §1.2).
 */
const cwsAuthPattern = /^\s*cwsauth\s+bearer\s*=\s*([^\s,]+)\s*$/i;

export function parseCwsAuthorization(header: string | undefined): string | undefined {
  return header === undefined ? undefined : cwsAuthPattern.exec(header)?.[1];
}

/** 401 unless a live Citrix token is presented; the token is then available as `citrixToken`. */
export function requireCwsAuth(ctx: SimulatorContext, renderError: CitrixErrorRenderer) {
  return createMiddleware<SimulatorEnv>(async (c, next) => {
    const header = c.req.header('Authorization');
    if (!header) return renderError(c, 401, citrixProblems.authentication('missing'));
    const tokenId = parseCwsAuthorization(header);
    const lookup = tokenId ? ctx.citrixTokens.lookup(tokenId) : { status: 'unknown' as const };
    if (lookup.status === 'expired')
      return renderError(c, 401, citrixProblems.authentication('expired'));
    if (lookup.status !== 'valid')
      return renderError(c, 401, citrixProblems.authentication('invalid'));
    c.set('citrixToken', lookup.token);
    await next();
  });
}

/** cvad/manage needs `Citrix-CustomerId`, and it must be the customer the token was issued for. */
export function requireCustomerHeader(renderError: CitrixErrorRenderer) {
  return createMiddleware<SimulatorEnv>(async (c, next) => {
    const customerId = c.req.header('Citrix-CustomerId');
    if (!customerId) return renderError(c, 400, citrixProblems.missingHeader('Citrix-CustomerId'));
    if (customerId !== c.get('citrixToken').principal.customerId) {
      return renderError(
        c,
        403,
        citrixProblems.accessDenied(`Access denied to customer ${customerId}`),
      );
    }
    await next();
  });
}

/**
 * Site-scoped cvad/manage APIs (Sessions, Jobs, Machines…) also need `Citrix-InstanceId`, the site ID
 * that `/me` reports. Apply after `requireCustomerHeader`.
 */
export function requireSite(ctx: SimulatorContext, renderError: CitrixErrorRenderer) {
  return createMiddleware<SimulatorEnv>(async (c, next) => {
    const siteId = c.req.header('Citrix-InstanceId');
    if (!siteId) return renderError(c, 400, citrixProblems.missingHeader('Citrix-InstanceId'));
    if (siteId.toLowerCase() !== ctx.dataset.customer.site.id) {
      return renderError(c, 404, citrixProblems.notFound(`Site ${siteId}`));
    }
    await next();
  });
}
