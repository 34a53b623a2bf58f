/**
 * The connect-style middleware that serves `/api`: the proxy's own connection endpoints and the
 * forwarding routes. Paths outside `/api` go to `next()` (the SPA); every failure under `/api` is
 * answered as JSON, never as an HTML error page or a crash.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { whenAnswerEnds } from './answer-ending.ts';
import type { CitrixProvider } from './citrix-provider.ts';
import type { createConnectionReporter } from './connection.ts';
import { ProxyProblem, sendProblem } from './errors.ts';
import { jsonLinkRewriter } from './body-links.ts';
import { forward, type ForwardOptions } from './forward.ts';
import { knownBases, rewriteLocation } from './location.ts';
import type { RackspaceProvider } from './rackspace-provider.ts';
import { isCrossOrigin } from './origin-guard.ts';
import { pathProblem } from './path-guard.ts';
import { readLimitedBody } from './request-body.ts';
import { formatRequestLine, type RequestLogEntry } from './request-log.ts';
import { resolveRoute, type Route } from './routes.ts';
import { planCitrixCall, planRackspaceCall, type UpstreamPlan } from './upstream-plan.ts';
import type { Upstreams } from './upstreams.ts';
import { matchOperation, roleAllows } from './allowlist.ts';
import { performAuditedWrite } from './audited-write.ts';
import type { CloudReader } from './cloud-reader.ts';
import { refuse } from './refusal.ts';
import type { Identity } from '../auth/auth.ts';
import { serveConsoleApi } from '../console-api/console-routes.ts';
import type { ConsoleStore } from '../store/types.ts';

export type ConnectMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

export interface ProxyContext {
  citrix: CitrixProvider | null;
  rackspace: RackspaceProvider | null;
  upstreams: Upstreams;
  connection: ReturnType<typeof createConnectionReporter>;
  upstreamTimeoutMs: number;
  maxRequestBodyBytes: number;
  /** Receives one line per request; null when request logging is off. */
  logRequest: ((line: string) => void) | null;
  /** Problems worth an operator's attention (audit storage failures); never secrets. */
  logProblem: (line: string) => void;
  /** The signed-in person behind a request, or null. */
  identify: (req: IncomingMessage) => Promise<Identity | null>;
  /** PUBLIC_URL's origin, or null: the only origin whose pages may call the API when set. */
  publicOrigin: string | null;
  store: ConsoleStore;
  readCloud: CloudReader;
  /** The rollout plans' clock (the simulator's in simulator mode): `serverNow` and drafts' checks. */
  planNow: () => Date;
}

export function createProxyMiddleware(context: ProxyContext): ConnectMiddleware {
  return (req, res, next) => {
    const route = resolveRoute(req.url ?? '/');
    if (!route) {
      next();
      return;
    }
    // Sessions, user names, catalogs: no answer under /api is for a shared cache or the disk
    // cache, whatever the cloud tells its own clients (its Cache-Control is not passed on).
    res.setHeader('Cache-Control', 'no-store');
    const started = performance.now();
    const entry: Omit<RequestLogEntry, 'status' | 'durationMs'> = {
      method: req.method ?? 'GET',
      path: (req.url ?? '/').split('?')[0]!,
      auth: 'none',
    };
    const logRequest = context.logRequest;
    if (logRequest) {
      whenAnswerEnds(req, res, (ending) => {
        const durationMs = performance.now() - started;
        logRequest(formatRequestLine({ ...entry, status: res.statusCode, durationMs, ending }));
      });
    }
    serve(route, req, res, context, entry).catch((error: unknown) =>
      answerFailure(error, req, res),
    );
  };
}

async function serve(
  route: Route,
  req: IncomingMessage,
  res: ServerResponse,
  context: ProxyContext,
  entry: Partial<RequestLogEntry>,
): Promise<void> {
  const method = req.method ?? 'GET';
  const path = entry.path ?? '/api';
  // Before the session and the origin are looked at: the route was read from this path as this
  // server reads it, and a cloud that reads it otherwise would serve something else.
  const lookAlike = pathProblem(req.url ?? '/');
  if (lookAlike) {
    throw new ProxyProblem(
      'bad_request',
      `Paths that could mean something else to the cloud are not sent: ${lookAlike}.`,
    );
  }
  const identity = await context.identify(req);
  const refusal = (operation: string, operationLabel: string, reason: string) =>
    refuse(
      context.store,
      { actor: identity?.actor ?? null, operation, operationLabel, method, path, reason },
      context.logProblem,
    );
  // Before acting at all: a page of another site must not act with this person's session (CSRF).
  if (isCrossOrigin(req.headers, context.publicOrigin)) {
    return refusal(
      'refused.origin',
      'A request from another site',
      'The console API only answers its own pages; this request came from another site.',
    );
  }
  if (!identity) {
    throw new ProxyProblem('unauthenticated', 'Sign in to use the console.');
  }
  entry.actor = identity.actor.subject;
  if (route.kind === 'refused') {
    return refusal(
      'refused.unlisted',
      'A request the console does not make',
      `Nothing is served at ${path} (${route.reason}).`,
    );
  }
  if (route.kind !== 'citrix' && route.kind !== 'rackspace') {
    return serveConsoleApi(route, req, res, context, identity);
  }

  const match = matchOperation(method, route);
  if (!match) {
    return refusal(
      'refused.unlisted',
      'A request the console does not make',
      `The console does not make this request (${method} ${path}), so it is not sent to the cloud.`,
    );
  }
  const { operation } = match;
  if (!roleAllows(identity.actor.role, operation.role)) {
    return refusal(
      operation.id,
      operation.label,
      `Your role, ${identity.actor.role}, cannot ${operation.needs}.`,
    );
  }

  const readOnly = method === 'GET' || method === 'HEAD';
  const body = readOnly ? null : await readLimitedBody(req, context.maxRequestBodyBytes);
  const provider = route.kind === 'citrix' ? context.citrix : context.rackspace;
  const planCall = (): Promise<UpstreamPlan> =>
    route.kind === 'citrix'
      ? planCitrixCall(route, req.headers, context.citrix, context.upstreams)
      : planRackspaceCall(route, req.headers, context.rackspace, context.upstreams);
  const sendUpstream = async (plan: UpstreamPlan, options: ForwardOptions = {}) => {
    entry.auth = plan.injectedToken ? 'server' : 'browser';
    entry.upstreamHeaders = plan.headers;
    const account = route.kind === 'rackspace' ? route : null;
    const bases = knownBases(context.upstreams, catalogEndpoints(context.rackspace), account);
    const rewriteLinks = jsonLinkRewriter(operation.id, plan.url, bases);
    const call = {
      method,
      url: plan.url,
      headers: plan.headers,
      body,
      timeoutMs: context.upstreamTimeoutMs,
    };
    const result = await forward(call, res, (loc) => rewriteLocation(loc, plan.url, bases), {
      ...options,
      // Bodies are capped as requests are: a bigger one streams with its links as they were.
      ...(rewriteLinks && {
        rewriteJson: { maxBytes: context.maxRequestBodyBytes, rewrite: rewriteLinks },
      }),
    });
    // The cloud no longer accepts the cached token (revoked, expired early): mint next time.
    if (result.status === 401 && plan.injectedToken)
      provider?.tokens.invalidate(plan.injectedToken);
    return result;
  };

  if (operation.write) {
    await performAuditedWrite({
      actor: identity.actor,
      match,
      method,
      path,
      body,
      store: context.store,
      readCloud: context.readCloud,
      send: async (options) => sendUpstream(await planCall(), options),
      log: context.logProblem,
    });
    return;
  }

  const plan = await planCall();
  // A read with the server's token gets one more chance after a 401: mint afresh and ask again.
  // Never for writes (a POST may have been acted on before the 401) nor for the browser's own
  // token, which the proxy cannot renew.
  const retryOn401 = readOnly && plan.injectedToken !== null;
  const { status } = await sendUpstream(plan, retryOn401 ? { withheldStatus: 401 } : {});
  if (status === 401 && retryOn401) await sendUpstream(await planCall());
}

function catalogEndpoints(rackspace: RackspaceProvider | null) {
  const endpoints = rackspace?.latestToken()?.computeEndpoints ?? {};
  return Object.entries(endpoints).map(([region, endpoint]) => ({ region, ...endpoint }));
}

function answerFailure(error: unknown, req: IncomingMessage, res: ServerResponse) {
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  if (!(error instanceof ProxyProblem)) console.error('[console-proxy] unexpected failure:', error);
  const problem =
    error instanceof ProxyProblem
      ? error
      : new ProxyProblem('upstream_unreachable', 'The proxy could not complete the request.');
  if (problem.code === 'payload_too_large') {
    // The rest of an oversized body is not read; close the connection rather than reuse it.
    res.setHeader('Connection', 'close');
    req.resume();
  }
  sendProblem(res, problem);
}
