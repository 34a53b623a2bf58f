/**
 * Who is acting, what they may do, the audit trail and the shared operation records: the console
 * server's own endpoints beside `/api/connection`. Browser and server both import these schemas.
 */
// zod/mini, as in console-api.ts: the shell reads `/api/me` on every page.
import { z } from 'zod/mini';
import { auditOutcomes } from './audit-outcomes.ts';

export const roles = ['viewer', 'helpdesk', 'admin'] as const;
export type Role = (typeof roles)[number];

/** What each role may do beyond reading; the server's allowlist is the authority, this is its summary. */
export const permissionsSchema = z.object({
  /** Log off, disconnect, send a message; follow their jobs. */
  sessionActions: z.boolean(),
  /** Start image rollouts and reverts. */
  rollouts: z.boolean(),
});
export type Permissions = z.infer<typeof permissionsSchema>;

export const actorSchema = z.object({
  subject: z.string(),
  name: z.string(),
  email: z.nullable(z.string()),
  role: z.enum(roles),
});
export type Actor = z.infer<typeof actorSchema>;

/** `GET /api/me`: the signed-in person. 401 `unauthenticated` when nobody is. */
export const meSchema = z.object({
  /** `oidc`: signed in through an OpenID provider; `none`: CONSOLE_AUTH=none, local use only. */
  authMode: z.enum(['oidc', 'none']),
  user: actorSchema,
  permissions: permissionsSchema,
  /** When the session ends if left idle, and at the latest; null with authMode `none`. */
  idleExpiresAt: z.nullable(z.string()),
  absoluteExpiresAt: z.nullable(z.string()),
});
export type Me = z.infer<typeof meSchema>;

export { auditOutcomes, type AuditOutcome } from './audit-outcomes.ts';

export const auditTargetSchema = z.object({
  /** `catalog`, `image`, `session`, `job`… */
  type: z.string(),
  id: z.string(),
  name: z.nullable(z.string()),
});
export type AuditTarget = z.infer<typeof auditTargetSchema>;

/** One row of the audit trail. Records are append-only: completed once, never edited or deleted. */
export const auditRecordSchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: actorSchema,
  /** The allowlist's operation id, e.g. `sessions.logoff`, `catalogs.updateImage`. */
  operation: z.string(),
  /** The same in words: "Log off a session". */
  operationLabel: z.string(),
  method: z.string(),
  path: z.string(),
  targets: z.array(auditTargetSchema),
  /** The request body as sent, minus anything secret; null for none. */
  request: z.nullable(z.unknown()),
  outcome: z.enum(auditOutcomes),
  /** Why it was refused or failed, in words. */
  reason: z.nullable(z.string()),
  httpStatus: z.nullable(z.number()),
  transactionId: z.nullable(z.string()),
  /** The job or status address (a same-origin `/api/...` path) for async operations. */
  location: z.nullable(z.string()),
  /** For async operations: the id of the shared operation record that follows it. */
  operationId: z.nullable(z.string()),
  /** How the async operation ended, once the server learnt it. */
  finalResult: z.nullable(z.string()),
  finishedAt: z.nullable(z.string()),
});
export type AuditRecord = z.infer<typeof auditRecordSchema>;

/** `GET /api/audit?actor&operation&target&outcome&from&to&page&pageSize`. */
export const auditPageSchema = z.object({
  items: z.array(auditRecordSchema),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

export const operationKinds = ['rollout', 'session-action', 'machine-action'] as const;
export type OperationKind = (typeof operationKinds)[number];
export const operationStates = ['running', 'succeeded', 'failed'] as const;
export type OperationState = (typeof operationStates)[number];

export const rolloutDetailsSchema = z.object({
  customerId: z.string(),
  siteId: z.string(),
  catalogId: z.string(),
  catalogName: z.nullable(z.string()),
  imageId: z.string(),
  imageName: z.nullable(z.string()),
  previousImageId: z.nullable(z.string()),
  previousImageName: z.nullable(z.string()),
  vdaUpdateDelay: z.nullable(z.number()),
  warningTitle: z.nullable(z.string()),
  warningMessage: z.nullable(z.string()),
});
export type RolloutDetails = z.infer<typeof rolloutDetailsSchema>;

export const sessionActionDetailsSchema = z.object({
  action: z.string(),
  sessionId: z.string(),
  userName: z.nullable(z.string()),
});

/** A restart or a maintenance-mode change the cloud runs as a job, on one machine. */
export const machineActionDetailsSchema = z.object({
  /** `restart` or `maintenance`. */
  action: z.string(),
  machineId: z.string(),
  /** `DOMAIN\host`, looked up when the action was taken; null when the lookup failed. */
  machineName: z.nullable(z.string()),
  /** For `maintenance`: turned on (true) or off (false); null for a restart. */
  maintenanceMode: z.nullable(z.boolean()),
});
export type MachineActionDetails = z.infer<typeof machineActionDetailsSchema>;

/** The latest reading the server's follower took of the operation's status. */
export const operationProgressSchema = z.object({
  state: z.string(),
  subState: z.nullable(z.string()),
  statusMessage: z.nullable(z.string()),
  percent: z.nullable(z.number()),
  /** The upstream status body as read (catalog status overview or job), for details. */
  raw: z.nullable(z.unknown()),
  readAt: z.string(),
});
export type OperationProgress = z.infer<typeof operationProgressSchema>;

/** A shared operation record: created by the server when the cloud accepts an async write. */
export const operationSchema = z.object({
  id: z.string(),
  kind: z.enum(operationKinds),
  state: z.enum(operationStates),
  startedAt: z.string(),
  startedBy: actorSchema,
  finishedAt: z.nullable(z.string()),
  /** Same-origin `/api/...` path of the status resource (rollouts) or job (session and machine actions). */
  location: z.string(),
  transactionId: z.nullable(z.string()),
  auditId: z.string(),
  rollout: z.nullable(rolloutDetailsSchema),
  sessionAction: z.nullable(sessionActionDetailsSchema),
  machineAction: z.nullable(machineActionDetailsSchema),
  progress: z.nullable(operationProgressSchema),
  /** Why the follower could not read the status lately, in words; null when it could. */
  followProblem: z.nullable(z.string()),
});
export type Operation = z.infer<typeof operationSchema>;

/** `GET /api/operations?kind&catalogId&state&limit`, newest first. */
export const operationListSchema = z.object({ items: z.array(operationSchema) });
export type OperationList = z.infer<typeof operationListSchema>;

// Apart, so the early-reads entry checks an id without loading zod.
export { isOperationId } from './operation-id.ts';

/** Response header on an accepted async write: the id of the operation record the server made. */
export const operationIdHeader = 'X-Console-Operation';

/** What each role may do beyond reading (the server's allowlist enforces the same rules). */
export function permissionsOf(role: Role): Permissions {
  return {
    sessionActions: role === 'helpdesk' || role === 'admin',
    rollouts: role === 'admin',
  };
}

/**
 * How a rollout stands, read from the catalog service's `CatalogStatusOverview.state`, as the
 * documents say: `Processing` (and `PreDeployment`) still runs; `Active` or `InputRequired` means
 * the update completed; anything else (`Error`, `Deleting`, `NotFound`…) means it did not. The
 * server's follower concludes operations with it and the browser words readings with it.
 */
export function rolloutPhaseOf(catalogState: string): OperationState {
  if (catalogState === 'Processing' || catalogState === 'PreDeployment') return 'running';
  if (catalogState === 'Active' || catalogState === 'InputRequired') return 'succeeded';
  return 'failed';
}

/** How a cvad/manage job stands, from its `Status`: `Complete*` succeeded, `Failed`/`Canceled` not. */
export function jobPhaseOf(jobStatus: string): OperationState {
  if (jobStatus === 'Complete' || jobStatus === 'CompleteWithWarning') return 'succeeded';
  if (jobStatus === 'Failed' || jobStatus === 'Canceled') return 'failed';
  return 'running';
}
