/**
 * Rollout plans: one image rolled out to several catalogs in waves (a canary first, then the
 * rest), started now or at a scheduled time inside a maintenance window. The console server
 * stores and runs them (`server/plans/`); the browser only drafts, shows, changes, cancels and
 * asks for reverts. Browser and server both import these schemas.
 *
 * Endpoints (all under the console's own `/api`, on the server's allowlist):
 * - `GET  /api/plans?state=`          viewer  → `planListSchema`, newest first
 * - `GET  /api/plans/{id}`            viewer  → `planSchema`
 * - `POST /api/plans`                 admin   body `planDraftSchema` → 201 `planSchema`
 * - `PUT  /api/plans/{id}`            admin   body `planChangeSchema` → `planSchema`; 409 once started
 * - `POST /api/plans/{id}/cancel`     admin   → `planSchema`; before the start, or while a wave runs
 *                                            (no further wave starts; 409 once the last one runs)
 * - `POST /api/plans/{id}/revert`     admin   → `planSchema`; puts back the previous image on every
 *                                            catalog the plan updated, once it has stopped
 * Refusals use the proxy's problem body (`code`, `message` in words), as every `/api` error does.
 */
import { z } from 'zod/mini';
import { actorSchema } from './identity-api.ts';

/** Longest wait between two waves' ends and starts is the follower's; these bound the drafts. */
export const planLimits = {
  maxCatalogs: 50,
  maxWaves: 10,
  /** The window a plan must start (and each wave must start) within: 15 minutes to 24 hours. */
  minWindowMinutes: 15,
  maxWindowMinutes: 24 * 60,
  /** How far ahead a start may be scheduled. */
  maxDaysAhead: 90,
} as const;

export const planStates = [
  /** Waiting for its start time. */
  'scheduled',
  /** A wave is running (or the next is about to start). */
  'running',
  /** Every wave ended well. */
  'succeeded',
  /** A catalog failed (or the window closed before a wave could start): no further wave starts. */
  'stopped',
  /** Cancelled by an admin; no further wave starts. */
  'cancelled',
  /** The start time and the whole window passed without the plan starting (the console was down). */
  'missed',
] as const;
export type PlanState = (typeof planStates)[number];

export const planCatalogStates = [
  'waiting',
  'running',
  'succeeded',
  'failed',
  /** Its wave never started (an earlier wave failed, or the plan was cancelled). */
  'skipped',
  'reverting',
  'reverted',
  'revert-failed',
] as const;
export type PlanCatalogState = (typeof planCatalogStates)[number];

export const planCatalogSchema = z.object({
  catalogId: z.string(),
  catalogName: z.nullable(z.string()),
  state: z.enum(planCatalogStates),
  /** The image it had when its wave started: what a revert puts back. */
  previousImageId: z.nullable(z.string()),
  previousImageName: z.nullable(z.string()),
  /** The shared operation record following its update (`/api/operations/{id}`). */
  operationId: z.nullable(z.string()),
  /** The shared operation record following its revert. */
  revertOperationId: z.nullable(z.string()),
  /** Why it failed or was skipped, in words. */
  problem: z.nullable(z.string()),
  startedAt: z.nullable(z.string()),
  finishedAt: z.nullable(z.string()),
});
export type PlanCatalog = z.infer<typeof planCatalogSchema>;

/** A catalog as a new plan holds it: waiting for its wave, nothing known or sent yet. */
export function waitingPlanCatalog(catalogId: string, catalogName: string | null): PlanCatalog {
  return {
    catalogId,
    catalogName,
    state: 'waiting',
    previousImageId: null,
    previousImageName: null,
    operationId: null,
    revertOperationId: null,
    problem: null,
    startedAt: null,
    finishedAt: null,
  };
}

export const waveStates = ['waiting', 'running', 'succeeded', 'failed', 'skipped'] as const;
export type WaveState = (typeof waveStates)[number];

export const planWaveSchema = z.object({
  state: z.enum(waveStates),
  catalogs: z.array(planCatalogSchema),
  startedAt: z.nullable(z.string()),
  finishedAt: z.nullable(z.string()),
});
export type PlanWave = z.infer<typeof planWaveSchema>;

/** How machines restart onto the image: `$updateImage`'s own fields, as the wizard sends them. */
export const planRestartSchema = z.object({
  /** -1: at next shutdown; 0: now (sessions logged off); N: spread over N minutes. */
  vdaUpdateDelay: z.number(),
  warningTitle: z.nullable(z.string()),
  warningMessage: z.nullable(z.string()),
});
export type PlanRestart = z.infer<typeof planRestartSchema>;

export const planSchema = z.object({
  id: z.string(),
  /** Bumped by every change; a change names the version it was made from (409 when stale). */
  version: z.number(),
  state: z.enum(planStates),
  createdAt: z.string(),
  /** Who scheduled it: the server acts in their name, and every step's audit record says so. */
  createdBy: actorSchema,
  changedAt: z.nullable(z.string()),
  changedBy: z.nullable(actorSchema),
  customerId: z.string(),
  siteId: z.string(),
  imageId: z.string(),
  imageName: z.nullable(z.string()),
  /** `$updateImage`'s `citrixPrepared`, as for a single rollout. */
  citrixPrepared: z.boolean(),
  restart: planRestartSchema,
  /** When the first wave starts (ISO instant). */
  startAt: z.string(),
  /** No wave starts after this (ISO instant): the end of the maintenance window. */
  windowEndsAt: z.string(),
  /** The IANA time zone the admin scheduled in (`Europe/Berlin`); times are shown in it. */
  timeZone: z.string(),
  waves: z.array(planWaveSchema),
  /** Why it stopped, was missed or cancelled, in words. */
  stopReason: z.nullable(z.string()),
  finishedAt: z.nullable(z.string()),
  /** Who asked for the revert, and when; null when nobody has. */
  revertRequestedBy: z.nullable(actorSchema),
  revertRequestedAt: z.nullable(z.string()),
  /**
   * Who asked to cancel a running plan's remaining waves, and when: the wave running then carries
   * on to its end, and no further wave starts. Null when nobody has.
   */
  cancelRequestedBy: z.nullable(actorSchema),
  cancelRequestedAt: z.nullable(z.string()),
  /** The server's clock when it answered, so the page counts down against the server's time. */
  serverNow: z.string(),
});
export type Plan = z.infer<typeof planSchema>;

export const planListSchema = z.object({
  items: z.array(planSchema),
  serverNow: z.string(),
});
export type PlanList = z.infer<typeof planListSchema>;

/** `POST /api/plans`. */
export const planDraftSchema = z.object({
  customerId: z.string(),
  siteId: z.string(),
  imageId: z.string(),
  citrixPrepared: z.boolean(),
  restart: planRestartSchema,
  /** Catalog ids per wave, in order; each catalog in one wave only. */
  waves: z.array(z.array(z.string())),
  /** ISO instant; null starts it now. */
  startAt: z.nullable(z.string()),
  windowMinutes: z.number(),
  timeZone: z.string(),
});
export type PlanDraft = z.infer<typeof planDraftSchema>;

/** `PUT /api/plans/{id}`: the whole draft again, and the version it was changed from. */
export const planChangeSchema = z.extend(planDraftSchema, { version: z.number() });
export type PlanChange = z.infer<typeof planChangeSchema>;
