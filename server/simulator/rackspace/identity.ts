import { Hono } from 'hono';
import { z } from 'zod';
import type { RackspacePrincipal, SimulatorContext } from '../context.ts';
import { rackspaceRegions } from '../data/rackspace-images.ts';
import { rackspaceFault, rackspaceMessages } from './faults.ts';

const username = z.string().min(1);
/** Identity v2.0 auth body (reference/rackspace-notes.md §2): one credential type, tenantId or tenantName. */
const authRequestSchema = z.object({
  auth: z
    .object({
      'RAX-KSKEY:apiKeyCredentials': z.object({ username, apiKey: z.string().min(1) }).optional(),
      passwordCredentials: z.object({ username, password: z.string().min(1) }).optional(),
      tenantId: z.string().optional(),
      tenantName: z.string().optional(),
    })
    .refine((auth) => !(auth.tenantId !== undefined && auth.tenantName !== undefined))
    .refine(
      (auth) =>
        (auth['RAX-KSKEY:apiKeyCredentials'] ? 1 : 0) + (auth.passwordCredentials ? 1 : 0) === 1,
    ),
});

/** Rackspace hands out the same token again unless it is within an hour of expiring (ID-tok). */
const REISSUE_WINDOW_MS = 3_600_000;

export function rackspaceIdentityRoutes(ctx: SimulatorContext) {
  const routes = new Hono();
  const demo = ctx.dataset.credentials.rackspace;

  routes.post('/tokens', async (c) => {
    const parsed = authRequestSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return rackspaceFault(c, 400, rackspaceMessages.badAuthBody);
    const { auth } = parsed.data;
    const apiKey = auth['RAX-KSKEY:apiKeyCredentials'];
    const password = auth.passwordCredentials;
    const authenticated = apiKey
      ? apiKey.username === demo.username && apiKey.apiKey === demo.apiKey
      : password?.username === demo.username && password.password === demo.password;
    const tenant = auth.tenantId ?? auth.tenantName;
    if (!authenticated || (tenant !== undefined && tenant !== demo.tenantId)) {
      return rackspaceFault(c, 401, rackspaceMessages.badCredentials);
    }
    const principal: RackspacePrincipal = {
      username: demo.username,
      tenantId: demo.tenantId,
      authenticatedBy: apiKey ? 'APIKEY' : 'PASSWORD',
    };
    const reuseKey = `${principal.username}:${principal.authenticatedBy}`;
    let token = ctx.rackspaceTokens.reusable(reuseKey, REISSUE_WINDOW_MS);
    if (!token) {
      token = ctx.rackspaceTokens.issue(principal, ctx.config.rackspaceTokenTtlSeconds, reuseKey);
      ctx.stats.tokensIssued.rackspace += 1;
    }
    const origin = new URL(c.req.url).origin;
    const endpoints = (service: (region: string) => string) =>
      rackspaceRegions.map((region) => ({
        region: region.toUpperCase(),
        tenantId: demo.tenantId,
        publicURL: `${service(region)}/${demo.tenantId}`,
        versionId: '2',
        versionInfo: service(region),
        versionList: `${service(region).replace(/\/v2$/, '')}/`,
      }));
    return c.json({
      access: {
        token: {
          id: token.id,
          expires: new Date(token.expiresAt).toISOString(),
          tenant: { id: demo.tenantId, name: demo.tenantId },
          'RAX-AUTH:authenticatedBy': [token.principal.authenticatedBy],
        },
        user: {
          id: String(100_000 + (Number(demo.tenantId) % 100_000)),
          name: demo.username,
          'RAX-AUTH:defaultRegion': 'DFW',
          roles: [
            { id: '3', name: 'identity:user-admin', description: 'User Admin Role.' },
            {
              id: '10000150',
              name: 'compute:default',
              description: 'Cloud Servers user.',
              tenantId: demo.tenantId,
            },
          ],
        },
        serviceCatalog: [
          {
            name: 'cloudServersOpenStack',
            type: 'compute',
            endpoints: endpoints((r) => `${origin}/rackspace/${r}/v2`),
          },
          // Listed for fidelity; the simulator does not serve the Glance API.
          {
            name: 'cloudImages',
            type: 'image',
            endpoints: endpoints((r) => `${origin}/rackspace/${r}/images/v2`),
          },
        ],
      },
    });
  });

  routes.all('*', (c) => rackspaceFault(c, 404, 'Resource not found'));
  return routes;
}
