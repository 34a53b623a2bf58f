import { http, HttpResponse } from 'msw';
import type { z } from 'zod';
import {
  operationSchema,
  type operationListSchema,
  type Actor,
  type Operation,
} from '../../contracts/identity-api.ts';
import { catalogServiceBase } from './catalog-fixtures.ts';
import { people } from './handlers.ts';

/** Another administrator than the signed-in one (`people.admin`, Avery Admin). */
export const blakeAdmin: Actor = {
  subject: 'blake',
  name: 'Blake Builder',
  email: 'blake@contoso.example',
  role: 'admin',
};

type OperationOverrides = Partial<Omit<Operation, 'rollout'>> & {
  rollout?: Partial<NonNullable<Operation['rollout']>>;
};

/** A server record of a rollout of Finance Shared to the new image, started by Avery; checked. */
export function rolloutOperation({ rollout, ...overrides }: OperationOverrides = {}): Operation {
  const input: z.input<typeof operationSchema> = {
    id: '5f0c1c6e-0000-4000-8000-000000000001',
    kind: 'rollout',
    state: 'running',
    startedAt: '2026-11-24T09:00:00.000Z',
    startedBy: people.admin,
    finishedAt: null,
    location: `${catalogServiceBase}/catalogs/cat-active/updateStatus`,
    transactionId: 'tx-1',
    auditId: 'audit-1',
    sessionAction: null,
    machineAction: null,
    progress: null,
    followProblem: null,
    ...overrides,
    rollout: {
      customerId: 'simcust01',
      siteId: '6f1c2a0e-9d53-4c1b-8f0a-6f4b7c2d9e10',
      catalogId: 'cat-active',
      catalogName: 'Finance Shared',
      imageId: 'img-new',
      imageName: 'Finance Server 2025-11 #7',
      previousImageId: 'img-current',
      previousImageName: 'Finance Server 2025-09 #1',
      vdaUpdateDelay: 60,
      warningTitle: null,
      warningMessage: null,
      ...rollout,
    },
  };
  return operationSchema.parse(input);
}

/** A server record of Harper's restart of `CONTOSO\\FS-VD-0002`, running; checked. */
export function machineRestartOperation(overrides: Partial<Operation> = {}): Operation {
  const input: z.input<typeof operationSchema> = {
    id: '5f0c1c6e-0000-4000-8000-000000000002',
    kind: 'machine-action',
    state: 'running',
    startedAt: '2026-11-24T10:00:00.000Z',
    startedBy: people.helpdesk,
    finishedAt: null,
    location: '/api/cvad/manage/Jobs/job-7',
    transactionId: 'tx-7',
    auditId: 'audit-7',
    rollout: null,
    sessionAction: null,
    machineAction: {
      action: 'restart',
      machineId: 'machine-2',
      machineName: 'CONTOSO\\FS-VD-0002',
      maintenanceMode: null,
    },
    progress: null,
    followProblem: null,
    ...overrides,
  };
  return operationSchema.parse(input);
}

/**
 * `/api/operations` and `/api/operations/:id` over `operations` (read at each request, so a test
 * may change them), filtering as the server does, newest first as given.
 */
export function operationHandlers(operations: () => Operation[]) {
  return [
    http.get('/api/operations', ({ request }) => {
      const query = new URL(request.url).searchParams;
      const kind = query.get('kind');
      const catalogId = query.get('catalogId');
      const state = query.get('state');
      const items = operations()
        .filter((operation) => !kind || operation.kind === kind)
        .filter((operation) => !catalogId || operation.rollout?.catalogId === catalogId)
        .filter((operation) => !state || operation.state === state)
        .slice(0, Number(query.get('limit') ?? 100));
      return HttpResponse.json({ items } satisfies z.input<typeof operationListSchema>);
    }),
    http.get('/api/operations/:id', ({ params }) => {
      const found = operations().find((operation) => operation.id === params.id);
      return found
        ? HttpResponse.json(found)
        : HttpResponse.json(
            { error: { code: 'not_found', message: 'No operation has this id.' } },
            { status: 404 },
          );
    }),
  ];
}
