/**
 * `GET /api/connection` and `POST /api/connection/test`: what the server's credentials reach.
 * The plain status reuses cached tokens and discovery; the test mints afresh and times a real
 * round trip, so the settings page can tell "configured" from "working".
 */
import type {
  CitrixStatus,
  ConnectionStatus,
  RackspaceStatus,
} from '../../contracts/console-api.ts';
import type { CitrixProvider } from './citrix-provider.ts';
import { ProxyProblem, toProblem } from './errors.ts';
import type { RackspaceProvider } from './rackspace-provider.ts';
import { requestJson } from './upstream-json.ts';
import type { Upstreams } from './upstreams.ts';

export interface ConnectionSources {
  mode: ConnectionStatus['mode'];
  citrix: CitrixProvider | null;
  rackspace: RackspaceProvider | null;
  upstreams: Upstreams;
  timeoutMs: number;
}

export function createConnectionReporter(sources: ConnectionSources) {
  const report = async (fresh: boolean): Promise<ConnectionStatus> => {
    const [citrix, rackspace] = await Promise.all([
      citrixStatus(sources, fresh),
      rackspaceStatus(sources, fresh),
    ]);
    return { mode: sources.mode, citrix, rackspace, checkedAt: new Date().toISOString() };
  };
  return { status: () => report(false), test: () => report(true) };
}

async function citrixStatus(sources: ConnectionSources, fresh: boolean): Promise<CitrixStatus> {
  const provider = sources.citrix;
  if (!provider) return { state: 'not-configured' };
  const { region, customerId } = provider.settings;
  const started = performance.now();
  try {
    if (fresh) await provider.tokens.refresh();
    const site = await provider.discover({ fresh });
    if (!fresh) return { state: 'connected', region, ...site };
    await expectOk(
      sources,
      `${sources.upstreams.citrixApiBase}/catalogservice/${customerId}/sites`,
      {
        ...provider.authHeaders((await provider.tokens.get()).token),
      },
    );
    return { state: 'connected', region, ...site, latencyMs: elapsedSince(started) };
  } catch (error) {
    return { state: 'error', region, customerId, problem: problemOf(error, 'Citrix Cloud') };
  }
}

async function rackspaceStatus(
  sources: ConnectionSources,
  fresh: boolean,
): Promise<RackspaceStatus> {
  const provider = sources.rackspace;
  if (!provider) return { state: 'not-configured' };
  const started = performance.now();
  try {
    const token = await (fresh ? provider.tokens.refresh() : provider.tokens.get());
    const region = provider.workingRegion(token);
    const endpoint = region ? token.computeEndpoints[region] : undefined;
    if (!region || !endpoint) {
      const missing = region ?? 'any region';
      throw new ProxyProblem(
        'discovery_failed',
        `The service catalog lists no compute endpoint for ${missing}.`,
      );
    }
    const regions = Object.keys(token.computeEndpoints) as (typeof region)[];
    const connected = { state: 'connected' as const, region, regions, tenantId: token.tenantId };
    if (!fresh) return connected;
    await expectOk(sources, `${endpoint.publicURL}/limits`, {
      'X-Auth-Token': token.token,
      Accept: 'application/json',
    });
    return { ...connected, latencyMs: elapsedSince(started) };
  } catch (error) {
    const region = provider.workingRegion(provider.latestToken()) ?? 'DFW';
    return { state: 'error', region, problem: problemOf(error, 'Rackspace') };
  }
}

async function expectOk(sources: ConnectionSources, url: string, headers: Record<string, string>) {
  const answer = await requestJson(url, { headers }, sources.timeoutMs, new URL(url).host);
  if (!answer.ok) {
    throw new ProxyProblem(
      'discovery_failed',
      `${new URL(url).pathname} answered ${answer.status}.`,
    );
  }
}

function problemOf(error: unknown, what: string) {
  const { code, message } = toProblem(error, what);
  return { code, message };
}

function elapsedSince(started: number): number {
  return Math.round(performance.now() - started);
}
