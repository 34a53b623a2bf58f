/** API-key token from Rackspace Identity v2.0 (section 2 of the Rackspace notes). */
import { z } from 'zod';
import { rackspaceRegions } from '../../contracts/console-api.ts';
import type { RackspaceSettings } from './config.ts';
import { ProxyProblem } from './errors.ts';
import type { MintedToken } from './token-cache.ts';
import { requestJson } from './upstream-json.ts';
import { credentialsOf, scrubSecrets, upstreamReason } from './upstream-reason.ts';
import type { RackspaceRegion } from './upstreams.ts';

export interface RackspaceToken extends MintedToken {
  tenantId: string;
  /** The account's default region, when Identity names a known one. */
  defaultRegion: RackspaceRegion | null;
  /** Compute endpoints of the service catalog, by region: publicURL ends in `/v2/{tenant}`. */
  computeEndpoints: Partial<Record<RackspaceRegion, { publicURL: string; tenantId: string }>>;
}

const endpointSchema = z.object({
  region: z.string().optional(),
  tenantId: z.string().optional(),
  publicURL: z.string(),
});

const accessSchema = z.object({
  access: z.object({
    token: z.object({
      id: z.string().min(1),
      expires: z.string(),
      tenant: z.object({ id: z.string() }),
    }),
    user: z.object({ 'RAX-AUTH:defaultRegion': z.string().optional() }).optional(),
    serviceCatalog: z
      .array(z.object({ name: z.string(), endpoints: z.array(endpointSchema) }))
      .default([]),
  }),
});

export async function mintRackspaceToken(
  settings: RackspaceSettings,
  identityUrl: string,
  timeoutMs: number,
): Promise<RackspaceToken> {
  const credentials = { username: settings.username, apiKey: settings.apiKey };
  const answer = await requestJson(
    identityUrl,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ auth: { 'RAX-KSKEY:apiKeyCredentials': credentials } }),
    },
    timeoutMs,
    'Rackspace Identity',
  );
  if (!answer.ok) {
    const reason = upstreamReason(answer.body) ?? `HTTP ${answer.status}`;
    const scrubbed = scrubSecrets(reason, credentialsOf(settings));
    // A 5xx is Identity failing, not a verdict on the API key.
    const code = answer.status >= 500 ? 'upstream_unreachable' : 'credentials_rejected';
    const message = `Rackspace Identity refused the server's API key (${answer.status}): ${scrubbed}`;
    throw new ProxyProblem(code, message);
  }
  const parsed = accessSchema.safeParse(answer.body);
  if (!parsed.success) {
    throw new ProxyProblem('credentials_rejected', 'Rackspace Identity answered without a token.');
  }
  const { token, user, serviceCatalog } = parsed.data.access;
  const compute = serviceCatalog.find((service) => service.name === 'cloudServersOpenStack');
  return {
    token: token.id,
    lifetimeMs: Math.max(0, Date.parse(token.expires) - Date.now() || 0),
    tenantId: token.tenant.id,
    defaultRegion: toRegion(user?.['RAX-AUTH:defaultRegion']),
    computeEndpoints: Object.fromEntries(
      (compute?.endpoints ?? []).flatMap((endpoint) => {
        const region = toRegion(endpoint.region);
        if (!region) return [];
        const tenantId = endpoint.tenantId ?? token.tenant.id;
        return [[region, { publicURL: endpoint.publicURL.replace(/\/+$/, ''), tenantId }]];
      }),
    ),
  };
}

function toRegion(value: string | undefined): RackspaceRegion | null {
  const upper = value?.toUpperCase();
  return rackspaceRegions.find((region) => region === upper) ?? null;
}
