/**
 * Every cloud operation the console makes, and the role each needs. The proxy forwards a request
 * only when it matches one of these (method + path template); anything else is refused before
 * it reaches a cloud, whatever the method. Reads need `viewer`; writes name the role and are
 * audited. Literal segments match case-insensitively, as Citrix's routing does; a refusal is
 * always the safe side.
 */
import { roles, type OperationKind, type Role } from '../../contracts/identity-api.ts';
import type { Route } from './routes.ts';

export type Api = 'cvad' | 'catalog' | 'rackspace';

export interface AllowedOperation {
  /** Stable id recorded in the audit trail, e.g. `sessions.logoff`. */
  id: string;
  /** The same in words, for the audit page and refusals. */
  label: string;
  /** What the role must be able to do, in words, for a refusal: "log off sessions". */
  needs: string;
  api: Api;
  methods: readonly string[];
  /** `/Sessions/{id}/$logoff`; `{name}` matches one non-empty segment. */
  template: string;
  role: Role;
  /** Writes are recorded in the audit trail before they are forwarded. */
  write: boolean;
  /** Async writes whose 202 + Location the server follows to the end as a shared operation. */
  follow?: OperationKind;
  /**
   * The only JSON properties the write's body may carry (compared case-insensitively, as Citrix
   * binds them): a maintenance-mode PATCH must not become a rename or a user assignment.
   */
  bodyProperties?: readonly string[];
}

const read = ['GET', 'HEAD'] as const;

function reads(api: Api, id: string, label: string, templates: string[]): AllowedOperation[] {
  return templates.map((template) => ({
    id,
    label,
    needs: 'read',
    api,
    methods: read,
    template,
    role: 'viewer',
    write: false,
  }));
}

const sessionAction = (action: string, id: string, label: string, needs: string) =>
  ({
    id,
    label,
    needs,
    api: 'cvad',
    methods: ['POST'],
    template: `/Sessions/{sessionId}/$${action}`,
    role: 'helpdesk',
    write: true,
    follow: 'session-action',
  }) satisfies AllowedOperation;

export const allowlist: readonly AllowedOperation[] = [
  ...reads('cvad', 'site.read', 'Read the site', ['/me', '/Sites', '/Sites/{siteId}']),
  ...reads('cvad', 'sessions.read', 'Read sessions', [
    '/Sessions',
    '/Sessions/{sessionId}',
    '/Sessions/{sessionId}/Applications',
    '/Sessions/{sessionId}/Machine',
  ]),
  {
    id: 'sessions.search',
    label: 'Search sessions',
    needs: 'read',
    api: 'cvad',
    methods: ['POST'],
    template: '/Sessions/$search',
    role: 'viewer',
    write: false,
  },
  ...reads('cvad', 'machines.read', 'Read machines', [
    '/Machines',
    '/Machines/{machineId}',
    '/Machines/{machineId}/Sessions',
  ]),
  {
    id: 'machines.search',
    label: 'Search machines',
    needs: 'read',
    api: 'cvad',
    methods: ['POST'],
    template: '/Machines/$search',
    role: 'viewer',
    write: false,
  },
  ...reads('cvad', 'jobs.read', 'Read jobs', ['/Jobs', '/Jobs/{jobId}']),
  sessionAction('logoff', 'sessions.logoff', 'Log off a session', 'log off sessions'),
  sessionAction('disconnect', 'sessions.disconnect', 'Disconnect a session', 'disconnect sessions'),
  sessionAction(
    'sendMessage',
    'sessions.sendMessage',
    'Send a message to a session',
    'send messages to sessions',
  ),
  sessionAction('hide', 'sessions.hide', 'Hide a session', 'hide sessions'),
  sessionAction('unhide', 'sessions.unhide', 'Unhide a session', 'unhide sessions'),
  // The help desk's first reach after session actions (reference/operations-notes.md).
  {
    id: 'machines.restart',
    label: 'Restart a machine',
    needs: 'restart machines',
    api: 'cvad',
    methods: ['POST'],
    template: '/Machines/{machineId}/$reboot',
    role: 'helpdesk',
    write: true,
    follow: 'machine-action',
  },
  {
    id: 'machines.maintenance',
    label: 'Turn maintenance mode on or off',
    needs: 'change maintenance mode',
    api: 'cvad',
    methods: ['PATCH'],
    template: '/Machines/{machineId}',
    role: 'helpdesk',
    write: true,
    // Followed only when the cloud runs it as a job (202 + Location): the console sends it with
    // `async=true`, so the change lands when the job ends, and until then the audit trail's
    // "succeeded" means only "accepted". A synchronous PATCH (204) is done when it answers, and
    // its audit record already says everything: no operation record is made for it.
    follow: 'machine-action',
    bodyProperties: ['InMaintenanceMode'],
  },
  ...reads('catalog', 'sites.read', 'Read catalog-service sites', ['/{customerId}/sites']),
  ...reads('catalog', 'catalogs.read', 'Read catalogs', [
    '/{customerId}/{siteId}/catalogs',
    '/{customerId}/{siteId}/catalogs/{catalogId}',
    '/{customerId}/{siteId}/catalogs/{catalogId}/updateStatus',
  ]),
  ...reads('catalog', 'images.read', 'Read images', [
    '/{customerId}/{siteId}/images',
    '/{customerId}/{siteId}/images/{imageId}',
  ]),
  {
    id: 'catalogs.updateImage',
    label: 'Roll out an image to a catalog',
    needs: 'start image rollouts',
    api: 'catalog',
    methods: ['POST'],
    template: '/{customerId}/{siteId}/catalogs/{catalogId}/$updateImage',
    role: 'admin',
    write: true,
    follow: 'rollout',
  },
  ...reads('rackspace', 'rackspace.images.read', 'Read Rackspace images', [
    '/images',
    '/images/detail',
    '/images/{imageId}',
  ]),
];

export interface MatchedOperation {
  operation: AllowedOperation;
  /** Template parameters, decoded: `{ sessionId: '…' }`. */
  params: Record<string, string>;
}

/** The allowlisted operation a routed request is, or null when the console never makes it. */
export function matchOperation(
  method: string,
  route: Extract<Route, { kind: 'citrix' | 'rackspace' }>,
): MatchedOperation | null {
  const api: Api = route.kind === 'rackspace' ? 'rackspace' : route.api;
  const segments = route.path.split('/').slice(1);
  for (const operation of allowlist) {
    if (operation.api !== api || !operation.methods.includes(method)) continue;
    const params = matchTemplate(operation.template, segments);
    if (params) return { operation, params };
  }
  return null;
}

function matchTemplate(template: string, segments: string[]): Record<string, string> | null {
  const parts = template.split('/').slice(1);
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index]!;
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (name) {
      params[name] = safeDecode(segment);
    } else if (part.toLowerCase() !== safeDecode(segment).toLowerCase()) {
      return null;
    }
  }
  return params;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Why a write's body may not be forwarded (a property it may not carry), or null when it may. */
export function bodyPropertiesProblem(
  operation: AllowedOperation,
  raw: Buffer | null,
): string | null {
  const allowed = operation.bodyProperties;
  if (!allowed) return null;
  let body: unknown;
  try {
    body = JSON.parse(raw?.toString('utf8') ?? '');
  } catch {
    body = undefined;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return 'Not sent: the request body must be a JSON object.';
  }
  const names = new Set(allowed.map((name) => name.toLowerCase()));
  const extra = Object.keys(body).filter((key) => !names.has(key.toLowerCase()));
  return extra.length === 0
    ? null
    : `Not sent: ${operation.label.toLowerCase()} may change ${allowed.join(', ')} only, not ${extra.join(', ')}.`;
}

/** True when `role` includes everything `needed` may do (viewer < helpdesk < admin). */
export function roleAllows(role: Role, needed: Role): boolean {
  return roles.indexOf(role) >= roles.indexOf(needed);
}
