/**
 * The console's own endpoints under `/api` (not a cloud's): the connection, the signed-in person,
 * the audit trail, the shared operations and rollout plans. Reached only after the proxy has checked the origin
 * and the session.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ProxyProblem, sendJson } from '../proxy/errors.ts';
import type { ProxyContext } from '../proxy/middleware.ts';
import type { Route } from '../proxy/routes.ts';
import { sendAuditExport, sendAuditPage } from './audit-endpoints.ts';
import type { Identity } from '../auth/auth.ts';
import { sendMe } from './me-endpoint.ts';
import { sendOperation, sendOperationList } from './operation-endpoints.ts';
import { servePlans, type PlanContext } from './plan-endpoints.ts';

/** The console's own endpoints: connection, the signed-in person, audit trail, operations. */
export async function serveConsoleApi(
  route: Exclude<Route, { kind: 'citrix' | 'rackspace' | 'refused' }>,
  req: IncomingMessage,
  res: ServerResponse,
  context: Pick<ProxyContext, 'connection'> & PlanContext,
  identity: Identity,
): Promise<void> {
  const method = req.method ?? 'GET';
  const rawUrl = req.url ?? '/';
  if (route.kind === 'plans' || route.kind === 'plan' || route.kind === 'plan-action') {
    return servePlans(route, req, res, context, identity);
  }
  if (route.kind === 'connection-test') {
    requireMethod(method, ['POST']);
    sendJson(res, 200, await context.connection.test());
    return;
  }
  requireMethod(method, ['GET', 'HEAD']);
  switch (route.kind) {
    case 'connection':
      sendJson(res, 200, await context.connection.status());
      return;
    case 'me':
      sendMe(res, identity);
      return;
    case 'audit':
      await sendAuditPage(res, rawUrl, context.store);
      return;
    case 'audit-export':
      await sendAuditExport(res, rawUrl, context.store);
      return;
    case 'operations':
      await sendOperationList(res, rawUrl, context.store);
      return;
    case 'operation':
      await sendOperation(res, route.id, context.store);
      return;
  }
}

function requireMethod(method: string, allowed: string[]) {
  if (allowed.includes(method)) return;
  throw new ProxyProblem('method_not_allowed', `${method} is not allowed here.`, {
    Allow: allowed.join(', '),
  });
}
