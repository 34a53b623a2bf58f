import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { notReported, optionalText } from '../../../contracts/not-reported.ts';
import { cvadApi } from '../../lib/api-clients.ts';
import type { ApiProblem, ApiProblemKind } from '../../lib/api-problem.ts';
import { auditQueries } from '../console/audit.ts';
import { settleAction, type JobOutcome } from './job-actions.ts';
import { sessionSearchCall, type SessionPageRequest } from './search-requests.ts';

// Seed 003 writes every unknown field out as null, and some as "" (`Client.Name`); a `fields=`
// request leaves the rest out. All three read as undefined.
const text = optionalText;
const flag = notReported(z.boolean());
const milliseconds = notReported(z.number());
/** A `{Id, Uid, Name}` reference (RefResponseModel). */
const ref = z.object({ Id: text, Name: text });

/**
 * The parts of cvad/manage's `SessionResponseModel` the console shows. Everything is optional except
 * the Id: a `fields=` request returns only some properties, and the API sends unknown values as null.
 */
export const sessionSchema = z.object({
  Id: z.string(),
  State: text,
  SessionType: text,
  AppState: text,
  StartTime: text,
  FormattedStartTime: text,
  FormattedStateChangeTime: text,
  FormattedEstablishmentTime: text,
  EstablishmentDurationMilliseconds: milliseconds,
  LogoffInProgress: flag,
  LogonInProgress: flag,
  IsHidden: flag,
  UntrustedUserName: text,
  ApplicationsInUse: z.nullish(z.array(ref)),
  User: z.nullish(
    z.object({ DisplayName: text, Name: text, SamName: text, PrincipalName: text, Sid: text }),
  ),
  Client: z.nullish(
    z.object({ Name: text, IPAddress: text, Platform: text, Version: text, HardwareId: text }),
  ),
  Connection: z.nullish(
    z.object({
      Protocol: text,
      ConnectionMode: text,
      ConnectedViaHostName: text,
      ConnectedViaIP: text,
      LaunchedViaHostName: text,
      LaunchedViaIP: text,
      SecureIcaActive: flag,
      SmartAccessTags: z.nullish(z.array(z.object({ Farm: text, Filter: text }))),
    }),
  ),
  Brokering: z.nullish(
    z.object({ FormattedTime: text, DurationMilliseconds: milliseconds, UserName: text }),
  ),
  Machine: z.nullish(
    z.object({
      Id: text,
      Name: text,
      DnsName: text,
      MachineCatalog: z.nullish(ref),
      DeliveryGroup: z.nullish(ref),
      SessionSupport: text,
      OSType: text,
      AgentVersion: text,
      PowerState: text,
      RegistrationState: text,
      Zone: z.nullish(ref),
    }),
  ),
});

export type Session = z.infer<typeof sessionSchema>;

/** `SessionResponseModelCollection`; `TotalItems` comes with `$search`. */
export const sessionPageSchema = z.object({
  Items: z.array(sessionSchema),
  ContinuationToken: text,
  TotalItems: notReported(z.number().check(z.int())),
});

export type SessionPage = z.infer<typeof sessionPageSchema>;

/** cvad/manage `$search` answers `TotalItems` next to the page of sessions. */
export const sessionCountSchema = z.object({ TotalItems: notReported(z.number()) });

export async function searchSessions(request: SessionPageRequest, signal?: AbortSignal) {
  const { path, searchParams, json } = sessionSearchCall(request);
  const body = await cvadApi.post(path, { json, searchParams, signal }).json();
  return sessionPageSchema.parse(body);
}

async function getSession(id: string, signal: AbortSignal) {
  const body = await cvadApi.get(`Sessions/${encodeURIComponent(id)}`, { signal }).json();
  return sessionSchema.parse(body);
}

/** How many sessions run on the catalog's machines: one `$search` asking for one item. */
async function countCatalogSessions(catalogName: string, signal: AbortSignal) {
  const body = await cvadApi
    .post('Sessions/$search', {
      searchParams: { limit: 1 },
      json: {
        SearchFilters: [{ Property: 'MachineCatalog', Operator: 'Equals', Value: catalogName }],
      },
      signal,
    })
    .json();
  return sessionCountSchema.parse(body).TotalItems ?? null;
}

/** Sessions change by themselves (users log on and off), so pages refresh while watched. */
export const autoRefreshMs = 30_000;

export const sessionQueries = {
  all: () => ['citrix', 'sessions'] as const,
  lists: () => [...sessionQueries.all(), 'list'] as const,
  /** One page of a `$search`. */
  list: (request: SessionPageRequest, autoRefresh: boolean) =>
    queryOptions({
      queryKey: [...sessionQueries.lists(), request] as const,
      queryFn: ({ signal }) => searchSessions(request, signal),
      // The previous page stays on screen while the next one loads, instead of a blank table.
      placeholderData: keepPreviousData,
      refetchInterval: autoRefresh ? autoRefreshMs : false,
      // The sessions page asks for a new search before it shows it (usually answered by then):
      // a page this fresh is not read a second time when the page's query takes it over.
      staleTime: 5_000,
    }),
  details: () => [...sessionQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...sessionQueries.details(), id] as const,
      queryFn: ({ signal }) => getSession(id, signal),
      // A session ends when it is logged off; its details then say so instead of a toast.
      meta: { goneIsAnOutcome: true },
    }),
  counts: () => [...sessionQueries.all(), 'count'] as const,
  /** How many sessions run on a catalog's machines. */
  catalogCount: (catalogName: string) =>
    queryOptions({
      queryKey: [...sessionQueries.counts(), { catalog: catalogName }] as const,
      queryFn: ({ signal }) => countCatalogSessions(catalogName, signal),
      // An estimate for the rollout's review step; failing is fine (the impact is then "unknown").
      retry: false,
      staleTime: 30_000,
    }),
};

export type SessionAction = 'logoff' | 'disconnect' | 'sendMessage';
export type MessageStyle = 'Information' | 'Exclamation' | 'Critical' | 'Question';

export interface SessionMessage {
  Title: string;
  Text: string;
  Style: MessageStyle;
}

export type { ActionFailure } from './job-actions.ts';

/** How one session's action ended: done only when its job ended well. */
export type ActionOutcome = JobOutcome & { sessionId: string };

export interface ActionRun {
  action: SessionAction;
  sessionIds: string[];
  message?: SessionMessage;
  /** Called as each session's action is sent. */
  onStart?: (sessionId: string) => void;
  /** Called as each session's job finishes. */
  onProgress?: (outcome: ActionOutcome) => void;
  /** Aborting it stops the run: the sessions not yet sent are not attempted. */
  signal?: AbortSignal;
}

export interface ActionRunResult {
  outcomes: ActionOutcome[];
  /** Never sent: the run was stopped, or met a failure every other session would meet too. */
  notAttempted: string[];
  /** That failure, when one stopped the run. */
  stoppedBy?: ApiProblem;
}

const parallelActions = 4;

/** Failures that are not about one session: sending the rest would only fail the same way. */
const failsEverySession = new Set<ApiProblemKind>([
  'credentials-rejected',
  'forbidden',
  'signed-out',
  'not-permitted',
  'audit-unavailable',
  'not-configured',
  'network-down',
  'rate-limited',
]);

async function runOne(run: ActionRun, sessionId: string): Promise<ActionOutcome> {
  const outcome = await settleAction(() =>
    cvadApi.post(`Sessions/${encodeURIComponent(sessionId)}/$${run.action}`, {
      searchParams: { async: true },
      json: run.action === 'sendMessage' ? run.message : undefined,
    }),
  );
  return { sessionId, ...outcome };
}

/**
 * Runs the action on every session, a few at a time, following each one's job to its end. Stops
 * sending when told to, or when a failure says the rest would fail too; those are not attempted.
 */
export async function runSessionAction(run: ActionRun): Promise<ActionRunResult> {
  const result: ActionRunResult = { outcomes: [], notAttempted: [] };
  const queue = [...run.sessionIds];
  const stopped = () => run.signal?.aborted || result.stoppedBy !== undefined;
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined && !stopped(); id = queue.shift()) {
      run.onStart?.(id);
      const outcome = await runOne(run, id);
      const failure = outcome.ok ? undefined : outcome.failure;
      if (failure?.stage === 'sent' && failsEverySession.has(failure.problem.kind)) {
        result.stoppedBy ??= failure.problem;
      }
      result.outcomes.push(outcome);
      run.onProgress?.(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallelActions, queue.length) }, worker));
  result.notAttempted = run.sessionIds.filter(
    (id) => !result.outcomes.some((outcome) => outcome.sessionId === id),
  );
  return result;
}

/** Runs an action; when it ends, every sessions page and detail is read again. */
export function useSessionAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runSessionAction,
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionQueries.all() }),
  });
}

/** A published application running in a session (`ApplicationResponseModel`, the parts shown). */
export const sessionApplicationSchema = z.object({
  Id: text,
  Name: text,
  PublishedName: text,
  ApplicationType: text,
});

/** `GET /Sessions/{id}/Applications`: none for a desktop session. */
export const sessionApplicationsSchema = z.object({
  Items: z.nullish(z.array(sessionApplicationSchema)),
});

export type SessionApplication = z.infer<typeof sessionApplicationSchema>;

async function getSessionApplications(sessionId: string, signal: AbortSignal) {
  const body = await cvadApi
    .get(`Sessions/${encodeURIComponent(sessionId)}/Applications`, { signal })
    .json();
  return sessionApplicationsSchema.parse(body).Items ?? [];
}

/** The applications of one session, under its detail key so ending the session drops them too. */
export const sessionApplicationQueries = {
  list: (sessionId: string) =>
    queryOptions({
      queryKey: [...sessionQueries.details(), sessionId, 'applications'] as const,
      queryFn: ({ signal }) => getSessionApplications(sessionId, signal),
      meta: { goneIsAnOutcome: true },
    }),
};

/**
 * `$hide` / `$unhide` (async, followed to the end of the job): Director's way out for a session
 * that will not end. A hidden session stays listed, with `IsHidden`.
 */
export function setSessionHidden({ sessionId, hidden }: { sessionId: string; hidden: boolean }) {
  const action = hidden ? 'hide' : 'unhide';
  return settleAction(() =>
    cvadApi.post(`Sessions/${encodeURIComponent(sessionId)}/$${action}`, {
      searchParams: { async: true },
    }),
  );
}

/** Hides or unhides a session; resolves to how its job ended (never rejects). */
export function useSetSessionHidden() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setSessionHidden,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: sessionQueries.all() }),
        queryClient.invalidateQueries({ queryKey: auditQueries.lists() }),
      ]),
  });
}
