import { http, HttpResponse } from 'msw';
import type { z } from 'zod';
import {
  waitingPlanCatalog,
  planDraftSchema,
  planChangeSchema,
  planSchema,
  type Plan,
  type PlanCatalog,
  type PlanDraft,
  type planListSchema,
} from '../../contracts/rollout-plans.ts';
import { people } from './handlers.ts';

type PlanInput = z.input<typeof planSchema>;

/** A catalog of a plan, waiting for its wave; Finance Shared unless changed. */
export function planCatalog(overrides: Partial<PlanCatalog> = {}): PlanCatalog {
  return { ...waitingPlanCatalog('cat-active', 'Finance Shared'), ...overrides };
}

/**
 * Avery's plan to roll Finance Server 2025-11 #7 out to Finance Shared (the canary), then Sales
 * Shared, at 02:00 in Berlin on 2026-12-06, with a 2-hour window; scheduled; checked.
 */
export function planFixture(overrides: Partial<PlanInput> = {}): Plan {
  const input: PlanInput = {
    id: 'plan-1',
    version: 3,
    state: 'scheduled',
    createdAt: '2026-11-24T09:00:00.000Z',
    createdBy: people.admin,
    changedAt: null,
    changedBy: null,
    customerId: 'simcust01',
    siteId: '6f1c2a0e-9d53-4c1b-8f0a-6f4b7c2d9e10',
    imageId: 'img-new',
    imageName: 'Finance Server 2025-11 #7',
    citrixPrepared: false,
    restart: { vdaUpdateDelay: 60, warningTitle: null, warningMessage: null },
    startAt: '2026-12-06T01:00:00.000Z',
    windowEndsAt: '2026-12-06T03:00:00.000Z',
    timeZone: 'Europe/Berlin',
    waves: [
      { state: 'waiting', catalogs: [planCatalog()], startedAt: null, finishedAt: null },
      {
        state: 'waiting',
        catalogs: [planCatalog({ catalogId: 'cat-busy', catalogName: 'Sales Shared' })],
        startedAt: null,
        finishedAt: null,
      },
    ],
    stopReason: null,
    finishedAt: null,
    revertRequestedBy: null,
    revertRequestedAt: null,
    cancelRequestedBy: null,
    cancelRequestedAt: null,
    serverNow: '2026-12-05T22:55:00.000Z',
    ...overrides,
  };
  return planSchema.parse(input);
}

/** What the handlers were sent, for a test to compare with what the form should send. */
export interface PlanRequests {
  created: PlanDraft[];
  changed: z.infer<typeof planChangeSchema>[];
  cancelled: string[];
  reverted: string[];
}

const notFound = () =>
  HttpResponse.json(
    { error: { code: 'not_found', message: 'No plan has this id.' } },
    { status: 404 },
  );

/**
 * `/api/plans` over `plans` (read at each request, so a test may change them). A create answers
 * with `created(draft)`; cancel and revert answer with the plan changed as the server would.
 */
export function planHandlers(
  plans: () => Plan[],
  requests: PlanRequests = { created: [], changed: [], cancelled: [], reverted: [] },
  created: (draft: PlanDraft) => Plan = () => planFixture({ id: 'plan-new' }),
) {
  const find = (id: unknown) => plans().find((plan) => plan.id === id);
  return [
    http.get('/api/plans', () =>
      HttpResponse.json({
        items: plans(),
        serverNow: '2026-12-05T22:55:00.000Z',
      } satisfies z.input<typeof planListSchema>),
    ),
    http.get('/api/plans/:id', ({ params }) => {
      const plan = find(params.id);
      return plan ? HttpResponse.json(plan) : notFound();
    }),
    http.post('/api/plans', async ({ request }) => {
      const draft = planDraftSchema.parse(await request.json());
      requests.created.push(draft);
      return HttpResponse.json(created(draft), { status: 201 });
    }),
    http.put('/api/plans/:id', async ({ request }) => {
      requests.changed.push(planChangeSchema.parse(await request.json()));
      return HttpResponse.json(
        {
          error: {
            code: 'conflict',
            message: 'The plan has started; it can no longer be changed.',
          },
        },
        { status: 409 },
      );
    }),
    http.post('/api/plans/:id/cancel', ({ params }) => {
      const plan = find(params.id);
      if (!plan) return notFound();
      requests.cancelled.push(plan.id);
      // A running plan is cancelled at its next wave: the answer only records who asked.
      return HttpResponse.json(
        plan.state === 'running'
          ? ({
              ...plan,
              cancelRequestedBy: people.admin,
              cancelRequestedAt: plan.serverNow,
            } satisfies Plan)
          : ({
              ...plan,
              state: 'cancelled',
              stopReason: 'Cancelled by Avery Admin.',
            } satisfies Plan),
      );
    }),
    http.post('/api/plans/:id/revert', ({ params }) => {
      const plan = find(params.id);
      if (!plan) return notFound();
      requests.reverted.push(plan.id);
      return HttpResponse.json({
        ...plan,
        revertRequestedBy: people.admin,
        revertRequestedAt: plan.serverNow,
      } satisfies Plan);
    }),
  ];
}
