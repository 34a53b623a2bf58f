/**
 * Reads the server makes of the clouds on its own behalf, with its own credentials, addressed by
 * the same `/api/...` paths the browser uses (so a stored `Location` can be read back): the names
 * behind an audited write, and the status of operations the server follows.
 */
import type { CitrixProvider } from './citrix-provider.ts';
import { ProxyProblem } from './errors.ts';
import type { RackspaceProvider } from './rackspace-provider.ts';
import { resolveRoute } from './routes.ts';
import { requestJson, type JsonAnswer } from './upstream-json.ts';
import { planCitrixCall, planRackspaceCall } from './upstream-plan.ts';
import type { Upstreams } from './upstreams.ts';

export interface CloudReaderSources {
  citrix: CitrixProvider | null;
  rackspace: RackspaceProvider | null;
  upstreams: Upstreams;
}

export type CloudReader = (proxyPath: string, timeoutMs: number) => Promise<JsonAnswer>;

export function createCloudReader(sources: CloudReaderSources): CloudReader {
  return async (proxyPath, timeoutMs) => {
    const route = resolveRoute(proxyPath);
    if (!route || (route.kind !== 'citrix' && route.kind !== 'rackspace')) {
      throw new ProxyProblem('not_found', `${proxyPath} is not a cloud address the console reads.`);
    }
    const plan =
      route.kind === 'citrix'
        ? await planCitrixCall(route, {}, sources.citrix, sources.upstreams)
        : await planRackspaceCall(route, {}, sources.rackspace, sources.upstreams);
    const headers = { ...plan.headers, accept: 'application/json' };
    const answer = await requestJson(plan.url, { headers }, timeoutMs, 'The cloud');
    const provider = route.kind === 'citrix' ? sources.citrix : sources.rackspace;
    if (answer.status === 401 && plan.injectedToken)
      provider?.tokens.invalidate(plan.injectedToken);
    return answer;
  };
}
