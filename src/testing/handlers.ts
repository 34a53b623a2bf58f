import { http, HttpResponse } from 'msw';
import type { z } from 'zod';
import type {
  CitrixStatus,
  connectionStatusSchema,
  RackspaceStatus,
} from '../../contracts/console-api.ts';
import {
  permissionsOf,
  type Actor,
  type auditPageSchema,
  type meSchema,
  type operationListSchema,
  type Role,
} from '../../contracts/identity-api.ts';
import type { planListSchema } from '../../contracts/rollout-plans.ts';

// Typed as what the console's schemas parse (src/api/console/*.ts), so a fixture field the
// contract lacks fails typecheck.
type ConnectionInput = z.input<typeof connectionStatusSchema>;
type MeInput = z.input<typeof meSchema>;

const connectedCitrix = {
  state: 'connected',
  region: 'us',
  customerId: 'simcust01',
  customerName: 'Contoso Health',
  siteId: '6f1c2a0e-9d53-4c1b-8f0a-6f4b7c2d9e10',
  siteName: 'Contoso Cloud Site',
} satisfies CitrixStatus;

const connectedRackspace = {
  state: 'connected',
  region: 'DFW',
  regions: ['DFW', 'ORD', 'IAD'],
  tenantId: '987654',
} satisfies RackspaceStatus;

/** What the console server reports when it runs against its built-in simulator. */
export const simulatorConnection: ConnectionInput = {
  mode: 'simulator',
  citrix: connectedCitrix,
  rackspace: connectedRackspace,
  checkedAt: '2026-11-24T10:00:00.000Z',
};

/** The same connection after `POST /api/connection/test`, which times each provider. */
export const testedSimulatorConnection: ConnectionInput = {
  mode: 'simulator',
  citrix: { ...connectedCitrix, latencyMs: 142 },
  rackspace: { ...connectedRackspace, latencyMs: 87 },
  checkedAt: '2026-11-24T10:05:00.000Z',
};

/** One signed-in person per role. */
export const people: Record<Role, Actor> = {
  admin: { subject: 'sub-admin', name: 'Avery Admin', email: 'admin@example.com', role: 'admin' },
  helpdesk: {
    subject: 'sub-helpdesk',
    name: 'Harper Helpdesk',
    email: 'helpdesk@example.com',
    role: 'helpdesk',
  },
  viewer: {
    subject: 'sub-viewer',
    name: 'Val Viewer',
    email: 'viewer@example.com',
    role: 'viewer',
  },
};

/** `GET /api/me` for a person signed in with `role`, with any field changed. */
export function meFixture(role: Role, changes: Partial<MeInput> = {}): MeInput {
  return {
    authMode: 'oidc',
    user: people[role],
    permissions: permissionsOf(role),
    idleExpiresAt: '2026-11-24T10:30:00.000Z',
    absoluteExpiresAt: '2026-11-24T18:00:00.000Z',
    ...changes,
  };
}

/** The console as seen by someone with `role`: `server.use(meAs('viewer'))`. */
export function meAs(role: Role, changes: Partial<MeInput> = {}) {
  return http.get('/api/me', () => HttpResponse.json(meFixture(role, changes)));
}

/** Default network for unit tests; a test overrides one handler with `server.use(...)`. */
export const handlers = [
  http.get('/api/connection', () => HttpResponse.json(simulatorConnection)),
  http.post('/api/connection/test', () => HttpResponse.json(testedSimulatorConnection)),
  meAs('admin'),
  http.get('/api/audit', ({ request }) => {
    const query = new URL(request.url).searchParams;
    const body: z.input<typeof auditPageSchema> = {
      items: [],
      page: Number(query.get('page') ?? 1),
      pageSize: Number(query.get('pageSize') ?? 50),
      total: 0,
    };
    return HttpResponse.json(body);
  }),
  http.get('/api/operations', () =>
    HttpResponse.json({ items: [] } satisfies z.input<typeof operationListSchema>),
  ),
  http.get('/api/plans', () =>
    HttpResponse.json({
      items: [],
      serverNow: '2026-11-24T10:00:00.000Z',
    } satisfies z.input<typeof planListSchema>),
  ),
  http.get('/api/operations/:id', () =>
    HttpResponse.json(
      { error: { code: 'not_found', message: 'No such operation.' } },
      { status: 404 },
    ),
  ),
];
