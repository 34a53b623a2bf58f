import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  planListSchema,
  planSchema,
  type Plan,
  type PlanChange,
  type PlanDraft,
  type PlanState,
} from '../../../contracts/rollout-plans.ts';
import { consoleApi } from '../../lib/api-clients.ts';
import { operationQueries } from './operations.ts';
import { serverClockAt } from '../../lib/server-clock.ts';

/** `GET /api/plans` filters; left out means "any". */
export interface PlanFilters {
  state?: PlanState;
}

const planPath = (id: string) => `plans/${encodeURIComponent(id)}`;

async function getPlans(filters: PlanFilters, signal: AbortSignal) {
  const body = await consoleApi.get('plans', { searchParams: { ...filters }, signal }).json();
  return planListSchema.parse(body);
}

async function getPlan(id: string, signal: AbortSignal) {
  return planSchema.parse(await consoleApi.get(planPath(id), { signal }).json());
}

/** Scheduled and running plans change by themselves (the server starts and runs them). */
export const isPlanLive = (plan: Pick<Plan, 'state'>) =>
  plan.state === 'scheduled' || plan.state === 'running';

// The server's runner follows each wave's operations every few seconds, as the operations'
// follower does. A scheduled plan only needs to be seen starting: asked rarely while its start is
// far, then often from shortly before it, so the first wave shows within seconds of starting.
const runningPollMs = 3_000;
const startingPollMs = 2_000;
const startingLeadMs = 30_000;
const scheduledPollMs = 15_000;
const hiddenTabPollMs = 30_000;

/**
 * A plan the server is acting on now: a wave running, or a revert asked for whose catalogs are
 * still on the new image (the runner has yet to send it) or on their way back.
 */
const isPlanMoving = (plan: Pick<Plan, 'state' | 'waves' | 'revertRequestedAt'>) => {
  const catalogs = plan.waves.flatMap((wave) => wave.catalogs);
  return (
    plan.state === 'running' ||
    catalogs.some((catalog) => catalog.state === 'reverting') ||
    (plan.revertRequestedAt !== null && catalogs.some((catalog) => catalog.state === 'succeeded'))
  );
};

type PolledPlan = Pick<Plan, 'state' | 'waves' | 'revertRequestedAt' | 'startAt'>;

/** How soon to read `plan` again, `serverNow` being the server's clock now; false: no need. */
function planPollMs(plan: PolledPlan, serverNow: number): number | false {
  if (isPlanMoving(plan)) return runningPollMs;
  if (plan.state !== 'scheduled') return false;
  // Asked again when the fast reads begin, not up to a slow interval after.
  const untilFastReads = Date.parse(plan.startAt) - startingLeadMs - serverNow;
  return untilFastReads <= 0 ? startingPollMs : Math.min(scheduledPollMs, untilFastReads);
}

/** The soonest any of `plans` needs reading again, by the server's clock as last read. */
function pollMs(
  plans: PolledPlan[],
  read: { serverNow: string; receivedAt: number } | undefined,
): number | false {
  if (!read) return false;
  const serverNow = serverClockAt(read.serverNow, read.receivedAt, Date.now());
  const wanted = plans
    .map((plan) => planPollMs(plan, serverNow))
    .filter((ms): ms is number => ms !== false);
  if (wanted.length === 0) return false;
  const ms = Math.min(...wanted);
  return document.visibilityState === 'hidden' ? Math.max(ms, hiddenTabPollMs) : ms;
}

/** Rollout plans the console server stores and runs (`contracts/rollout-plans.ts`). */
export const planQueries = {
  all: () => ['plans'] as const,
  lists: () => [...planQueries.all(), 'list'] as const,
  /** Newest first, with the server's clock; polls while any plan is scheduled or running. */
  list: (filters: PlanFilters = {}) =>
    queryOptions({
      queryKey: [...planQueries.lists(), filters] as const,
      queryFn: ({ signal }) => getPlans(filters, signal),
      refetchInterval: ({ state: { data, dataUpdatedAt } }) =>
        pollMs(data?.items ?? [], data && { serverNow: data.serverNow, receivedAt: dataUpdatedAt }),
    }),
  details: () => [...planQueries.all(), 'detail'] as const,
  /** One plan, with the server's clock; polls while it is scheduled, running or reverting. */
  detail: (id: string) =>
    queryOptions({
      queryKey: [...planQueries.details(), id] as const,
      queryFn: ({ signal }) => getPlan(id, signal),
      refetchInterval: ({ state: { data, dataUpdatedAt } }) =>
        pollMs(
          data ? [data] : [],
          data && { serverNow: data.serverNow, receivedAt: dataUpdatedAt },
        ),
    }),
};

async function createPlan(draft: PlanDraft) {
  return planSchema.parse(await consoleApi.post('plans', { json: draft }).json());
}

async function changePlan({ id, change }: { id: string; change: PlanChange }) {
  return planSchema.parse(await consoleApi.put(planPath(id), { json: change }).json());
}

async function cancelPlan(id: string) {
  return planSchema.parse(await consoleApi.post(`${planPath(id)}/cancel`).json());
}

async function revertPlan(id: string) {
  return planSchema.parse(await consoleApi.post(`${planPath(id)}/revert`).json());
}

/**
 * Every plan mutation answers with the plan as it now is: that answer is put in the cache at once,
 * and the lists (and the operations a start or revert adds) are read again.
 */
function usePlanMutation<Variables>(mutationFn: (variables: Variables) => Promise<Plan>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (plan) => {
      queryClient.setQueryData(planQueries.detail(plan.id).queryKey, plan);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: planQueries.lists() }),
        queryClient.invalidateQueries({ queryKey: operationQueries.lists() }),
      ]);
    },
  });
}

/** `POST /api/plans`. */
export const useCreatePlan = () => usePlanMutation(createPlan);
/** `PUT /api/plans/{id}` with the version it was changed from; 409 once started or changed. */
export const useChangePlan = () => usePlanMutation(changePlan);
/** `POST /api/plans/{id}/cancel`: before the start only. */
export const useCancelPlan = () => usePlanMutation(cancelPlan);
/** `POST /api/plans/{id}/revert`: the previous image back on every catalog the plan updated. */
export const useRevertPlan = () => usePlanMutation(revertPlan);
