/**
 * What the console keeps in PostgreSQL (PGlite embedded, or a server via DATABASE_URL): sign-in
 * sessions, sign-in attempts in flight, the audit trail and the shared operation records. Every
 * other server module talks to storage through these interfaces only; their SQL runs unchanged on
 * both drivers.
 */
import type {
  Actor,
  AuditOutcome,
  AuditTarget,
  MachineActionDetails,
  OperationKind,
  OperationProgress,
  OperationState,
  RolloutDetails,
} from '../../contracts/identity-api.ts';
import type { PlanRestart, PlanState, PlanWave } from '../../contracts/rollout-plans.ts';

/** A signed-in person's server-side session. The cookie holds a random id; only its hash is stored. */
export interface StoredSession {
  idHash: string;
  actor: Actor;
  /** The ID token, kept server-side only, as `id_token_hint` for the IdP's end-session. */
  idToken: string | null;
  createdAt: Date;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

export interface SessionRepository {
  create(session: StoredSession): Promise<void>;
  /** The session if it exists and neither lifetime has passed at `now`; else null. */
  findActive(idHash: string, now: Date): Promise<StoredSession | null>;
  /** Slides the idle lifetime (never past the absolute one). */
  touch(idHash: string, idleExpiresAt: Date): Promise<void>;
  /** Ends a session; returns what it was, or null when there was none. */
  remove(idHash: string): Promise<StoredSession | null>;
  /** Deletes sessions past either lifetime; returns how many. */
  removeExpired(now: Date): Promise<number>;
}

/** An authorization request between the redirect to the IdP and its callback. */
export interface PendingSignIn {
  state: string;
  codeVerifier: string;
  nonce: string;
  /** The console path (and query) to return to afterwards; always same-origin, starts with `/`. */
  returnTo: string;
  createdAt: Date;
}

export interface SignInRepository {
  create(request: PendingSignIn): Promise<void>;
  /** Removes and returns the request for `state` if it is younger than `maxAgeMs`; else null. */
  take(state: string, now: Date, maxAgeMs: number): Promise<PendingSignIn | null>;
}

/**
 * Where a person who signed out continues to end the IdP's session. That address carries the ID
 * token (`id_token_hint`), so the page only gets a one-time ticket for it and the address itself
 * arrives as the redirect of a page load, which no page script can read.
 */
export interface SignOutRepository {
  create(ticketHash: string, endSessionUrl: string, createdAt: Date): Promise<void>;
  /** Removes and returns the address if the ticket is younger than `maxAgeMs`; else null. */
  take(ticketHash: string, now: Date, maxAgeMs: number): Promise<string | null>;
}

export interface NewAuditEntry {
  at: Date;
  actor: Actor;
  operation: string;
  operationLabel: string;
  method: string;
  path: string;
  targets: AuditTarget[];
  request: unknown;
  /** `pending` for a write about to be forwarded; `refused` for a refused attempt (final). */
  outcome: 'pending' | 'refused';
  reason: string | null;
}

export interface AuditCompletion {
  outcome: Exclude<AuditOutcome, 'pending'>;
  reason: string | null;
  httpStatus: number | null;
  transactionId: string | null;
  location: string | null;
  operationId: string | null;
  /** Names learnt after the record was begun (e.g. from the upstream's answer). */
  targets?: AuditTarget[];
}

export interface AuditFilters {
  /** Matches subject, name or email, case-insensitive substring. */
  actor?: string;
  /** Exact operation id, e.g. `sessions.logoff`. */
  operation?: string;
  /** Matches a target's id or name, case-insensitive substring. */
  target?: string;
  outcome?: AuditOutcome;
  from?: Date;
  to?: Date;
}

export interface StoredAuditRecord extends Omit<NewAuditEntry, 'outcome'> {
  id: string;
  outcome: AuditOutcome;
  httpStatus: number | null;
  transactionId: string | null;
  location: string | null;
  operationId: string | null;
  finalResult: string | null;
  finishedAt: Date | null;
}

export interface AuditRepository {
  /** Stores a new record and returns its id. Throws when it cannot be stored (callers fail closed). */
  begin(entry: NewAuditEntry): Promise<string>;
  /** Completes a pending record once, with the forwarded request's outcome. */
  complete(id: string, completion: AuditCompletion): Promise<void>;
  /** Records how an async operation ended (once). */
  finish(id: string, finalResult: string, finishedAt: Date): Promise<void>;
  get(id: string): Promise<StoredAuditRecord | null>;
  /** Newest first. `page` starts at 1. */
  list(
    filters: AuditFilters,
    page: number,
    pageSize: number,
  ): Promise<{ items: StoredAuditRecord[]; total: number }>;
}

export interface NewOperation {
  kind: OperationKind;
  startedAt: Date;
  startedBy: Actor;
  /** The same-origin `/api/...` path of the status resource or job. */
  location: string;
  transactionId: string | null;
  auditId: string;
  rollout: RolloutDetails | null;
  sessionAction: { action: string; sessionId: string; userName: string | null } | null;
  machineAction: MachineActionDetails | null;
  /** The rollout plan that started it, when one did (kept for tracing; not read back). */
  planId?: string | null;
}

export interface StoredOperation extends NewOperation {
  id: string;
  state: OperationState;
  finishedAt: Date | null;
  progress: OperationProgress | null;
  followProblem: string | null;
  /** Every console instance that has ever recorded a reading of it (one, normally). */
  followers: string[];
  nextPollAt: Date;
  leaseOwner: string | null;
  leaseUntil: Date | null;
}

export interface OperationFilters {
  kind?: OperationKind;
  catalogId?: string;
  state?: OperationState;
  limit?: number;
}

export interface OperationRepository {
  create(operation: NewOperation): Promise<StoredOperation>;
  get(id: string): Promise<StoredOperation | null>;
  /** Newest first. */
  list(filters: OperationFilters): Promise<StoredOperation[]>;
  /**
   * Claims up to `limit` running operations that are due (`nextPollAt <= now`) and either hold no
   * live lease or are leased by `instanceId` already, leasing them to `instanceId` until
   * `now + leaseMs`. Uses `FOR UPDATE SKIP LOCKED`, so two instances never claim the same one.
   */
  claimDue(
    instanceId: string,
    now: Date,
    leaseMs: number,
    limit: number,
  ): Promise<StoredOperation[]>;
  /** Stores a reading taken by the lease holder; ignored unless `instanceId` holds the lease. */
  recordProgress(
    id: string,
    instanceId: string,
    reading: { progress: OperationProgress | null; followProblem: string | null; nextPollAt: Date },
  ): Promise<boolean>;
  /** Ends a running operation (once); ignored unless `instanceId` holds the lease. */
  finish(
    id: string,
    instanceId: string,
    ending: {
      state: Exclude<OperationState, 'running'>;
      progress: OperationProgress | null;
      finishedAt: Date;
    },
  ): Promise<boolean>;
  /** Gives up every lease `instanceId` holds (on shutdown), so another instance takes over at once. */
  releaseAll(instanceId: string): Promise<void>;
}

/** What an admin decides about a plan: everything a draft or a change sets. */
export interface PlanSchedule {
  customerId: string;
  siteId: string;
  imageId: string;
  imageName: string | null;
  citrixPrepared: boolean;
  restart: PlanRestart;
  startAt: Date;
  windowEndsAt: Date;
  timeZone: string;
  waves: PlanWave[];
}

export interface NewPlan extends PlanSchedule {
  createdAt: Date;
  createdBy: Actor;
  createdAuditId: string | null;
}

export interface StoredPlan extends NewPlan {
  id: string;
  version: number;
  state: PlanState;
  changedAt: Date | null;
  changedBy: Actor | null;
  stopReason: string | null;
  finishedAt: Date | null;
  revertRequestedBy: Actor | null;
  revertRequestedAt: Date | null;
  cancelRequestedBy: Actor | null;
  cancelRequestedAt: Date | null;
  nextCheckAt: Date | null;
  leaseOwner: string | null;
  leaseUntil: Date | null;
}

/** What the runner records as a plan moves on. */
export interface PlanProgress {
  state: PlanState;
  waves: PlanWave[];
  stopReason: string | null;
  finishedAt: Date | null;
  nextCheckAt: Date | null;
}

/** Why an admin's change did not apply: the plan is gone, has started, or was changed since. */
export type PlanChangeResult =
  | { outcome: 'changed'; plan: StoredPlan }
  | { outcome: 'not-found' }
  | { outcome: 'not-allowed'; plan: StoredPlan }
  | { outcome: 'stale'; plan: StoredPlan };

export interface PlanRepository {
  create(plan: NewPlan): Promise<StoredPlan>;
  get(id: string): Promise<StoredPlan | null>;
  /** Newest first. */
  list(filters: { state?: PlanState; limit?: number }): Promise<StoredPlan[]>;
  /** Replaces the schedule of a plan still `scheduled` at `version`; bumps the version. */
  change(
    id: string,
    version: number,
    schedule: PlanSchedule,
    by: Actor,
    at: Date,
  ): Promise<PlanChangeResult>;
  /** Cancels a plan still `scheduled` (at `version`, when one is named); every catalog is skipped. */
  cancel(
    id: string,
    version: number | null,
    by: Actor,
    at: Date,
    reason: string,
  ): Promise<PlanChangeResult>;
  /**
   * Records a revert request on a plan that has ended with catalogs updated and no revert asked
   * for yet (the caller decides which, `revertable`), and makes it due at once.
   */
  requestRevert(id: string, by: Actor, at: Date): Promise<PlanChangeResult>;
  /**
   * Records a request to cancel a `running` plan's remaining waves (once). The version is left
   * as it is, so the runner's next save of a step already under way still lands; the runner
   * honours the request before it starts another wave.
   */
  requestCancel(id: string, by: Actor, at: Date): Promise<PlanChangeResult>;
  /**
   * Claims up to `limit` plans due (`nextCheckAt <= now`) holding no live lease (or one of
   * `instanceId`'s), leasing them until `now + leaseMs`, with `FOR UPDATE SKIP LOCKED`.
   */
  claimDue(instanceId: string, now: Date, leaseMs: number, limit: number): Promise<StoredPlan[]>;
  /**
   * Stores the runner's progress; ignored (false) unless `instanceId` holds the lease and the plan
   * is still at `version` (an admin's change in between wins). `release` gives up the lease.
   */
  saveProgress(
    id: string,
    instanceId: string,
    version: number,
    progress: PlanProgress,
    release: boolean,
  ): Promise<boolean>;
  /** Gives up every lease `instanceId` holds (on shutdown). */
  releaseAll(instanceId: string): Promise<void>;
}

export interface ConsoleStore {
  /** `pglite` (embedded, a data directory) or `postgres` (DATABASE_URL). */
  readonly driver: 'pglite' | 'postgres';
  sessions: SessionRepository;
  signIns: SignInRepository;
  signOuts: SignOutRepository;
  audit: AuditRepository;
  operations: OperationRepository;
  plans: PlanRepository;
  close(): Promise<void>;
}
