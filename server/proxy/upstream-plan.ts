/**
 * Where a routed request goes and with which headers. The browser's own auth headers win and
 * pass through unchanged; only when it sent none does the server's credential stand in.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { CitrixProvider } from './citrix-provider.ts';
import { ProxyProblem } from './errors.ts';
import { pickHeaders, requestHeadersFor } from './headers.ts';
import type { RackspaceProvider } from './rackspace-provider.ts';
import type { Route } from './routes.ts';
import type { Upstreams } from './upstreams.ts';

export interface UpstreamPlan {
  url: string;
  headers: Record<string, string>;
  /** The server's token when the proxy injected one (so a 401 can evict it). */
  injectedToken: string | null;
}

type CitrixRoute = Extract<Route, { kind: 'citrix' }>;
type RackspaceRoute = Extract<Route, { kind: 'rackspace' }>;

export async function planCitrixCall(
  route: CitrixRoute,
  browserHeaders: IncomingHttpHeaders,
  provider: CitrixProvider | null,
  upstreams: Upstreams,
): Promise<UpstreamPlan> {
  const prefix = route.api === 'cvad' ? '/cvad/manage' : '/catalogservice';
  const url = `${upstreams.citrixApiBase}${prefix}${route.path}${route.query}`;
  const headers = pickHeaders(browserHeaders, requestHeadersFor.citrix);
  if (headers.authorization) return { url, headers, injectedToken: null };
  if (!provider) throw notConfigured('Citrix', 'an Authorization header');

  const { token } = await provider.tokens.get();
  headers.authorization = `CwsAuth bearer=${token}`;
  headers['citrix-customerid'] ??= provider.settings.customerId;
  if (route.api === 'cvad' && route.siteScoped && !headers['citrix-instanceid']) {
    headers['citrix-instanceid'] = provider.settings.siteId ?? (await provider.discover()).siteId;
  }
  return { url, headers, injectedToken: token };
}

export async function planRackspaceCall(
  route: RackspaceRoute,
  browserHeaders: IncomingHttpHeaders,
  provider: RackspaceProvider | null,
  upstreams: Upstreams,
): Promise<UpstreamPlan> {
  const headers = pickHeaders(browserHeaders, requestHeadersFor.rackspace);
  const rest = `${route.path}${route.query}`;
  if (headers['x-auth-token']) {
    // The browser's token may be for any account, so use the fixed per-region template.
    const url = `${upstreams.rackspaceComputeBase(route.region)}/${route.tenant}${rest}`;
    return { url, headers, injectedToken: null };
  }
  if (!provider) throw notConfigured('Rackspace', 'an X-Auth-Token header');

  const minted = await provider.tokens.get();
  const endpoint = minted.computeEndpoints[route.region];
  if (!endpoint) {
    throw new ProxyProblem(
      'not_found',
      `The account's service catalog has no ${route.region} compute endpoint.`,
    );
  }
  // The server's token only ever goes to its own account's endpoint.
  if (decodeURIComponent(route.tenant) !== endpoint.tenantId) {
    // A refusal, said as one: the image may well exist, just not for this server's token.
    throw new ProxyProblem(
      'forbidden',
      `Tenant ${route.tenant} is not the server's Rackspace account, so its token is not sent there.`,
    );
  }
  headers['x-auth-token'] = minted.token;
  return { url: `${endpoint.publicURL}${rest}`, headers, injectedToken: minted.token };
}

function notConfigured(provider: string, browserAlternative: string): ProxyProblem {
  return new ProxyProblem(
    'provider_not_configured',
    `${provider} is not configured on this server; send ${browserAlternative} or configure its credentials.`,
  );
}
