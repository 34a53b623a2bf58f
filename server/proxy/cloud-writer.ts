/**
 * Writes the server makes on its own behalf, with its own Citrix credential: the `$updateImage`
 * of a rollout plan's catalog, sent when the plan's time comes, with no browser involved. It is
 * addressed by the same `/api/...` path a browser's write is, so the allowlist and the audit
 * trail name it the same way, and its `Location` comes back as a same-origin path to follow.
 */
import type { CitrixProvider } from './citrix-provider.ts';
import { ProxyProblem, toProblem } from './errors.ts';
import { knownBases, rewriteLocation } from './location.ts';
import { resolveRoute } from './routes.ts';
import { planCitrixCall } from './upstream-plan.ts';
import type { Upstreams } from './upstreams.ts';

export interface CloudWriteAnswer {
  status: number;
  /** The `/api/...` path of the status to follow (a 202's Location), or null. */
  location: string | null;
  transactionId: string | null;
  /** The answer's JSON (a refusal's reasons), or null. */
  body: unknown;
}

/** Throws a ProxyProblem when nothing came back: the cloud may or may not have acted. */
export type CloudWriter = (
  proxyPath: string,
  body: unknown,
  timeoutMs: number,
) => Promise<CloudWriteAnswer>;

export function createCloudWriter(sources: {
  citrix: CitrixProvider | null;
  upstreams: Upstreams;
}): CloudWriter {
  return async (proxyPath, body, timeoutMs) => {
    const route = resolveRoute(proxyPath);
    if (route?.kind !== 'citrix') {
      throw new ProxyProblem(
        'not_found',
        `${proxyPath} is not a Citrix address the console writes.`,
      );
    }
    // No browser headers: only the server's own credential can act for a plan.
    const plan = await planCitrixCall(route, {}, sources.citrix, sources.upstreams);
    let response: Response;
    try {
      response = await fetch(plan.url, {
        method: 'POST',
        headers: {
          ...plan.headers,
          accept: 'application/json',
          'content-type': 'application/json',
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'manual',
      });
    } catch (error) {
      throw toProblem(error, 'Citrix');
    }
    const text = await response.text().catch(() => '');
    const rawLocation = response.headers.get('location');
    if (response.status === 401 && plan.injectedToken) {
      sources.citrix?.tokens.invalidate(plan.injectedToken);
    }
    return {
      status: response.status,
      location: rawLocation
        ? rewriteLocation(rawLocation, plan.url, knownBases(sources.upstreams))
        : null,
      transactionId: response.headers.get('citrix-transactionid'),
      body: parseJson(text),
    };
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
