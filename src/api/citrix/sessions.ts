import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { notReported, optionalText } from '../../../contracts/not-reported.ts';
import { cvadApi } from '../../lib/api-clients.ts';
import { toApiProblem } from '../../lib/api-problem.ts';
import { followJob } from './jobs.ts';

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
  ApplicationsInUse: z.array(ref).nullish(),
  User: z
    .object({ DisplayName: text, Name: text, SamName: text, PrincipalName: text, Sid: text })
    .nullish(),
  Client: z
    .object({ Name: text, IPAddress: text, Platform: text, Version: text, HardwareId: text })
    .nullish(),
  Connection: z
    .object({
      Protocol: text,
      ConnectionMode: text,
      ConnectedViaHostName: text,
      ConnectedViaIP: text,
      LaunchedViaHostName: text,
      LaunchedViaIP: text,
      SecureIcaActive: flag,
      SmartAccessTags: z.array(z.object({ Farm: text, Filter: text })).nullish(),
    })
    .nullish(),
  Brokering: z
    .object({ FormattedTime: text, DurationMilliseconds: milliseconds, UserName: text })
    .nullish(),
  Machine: z
    .object({
      Id: text,
      Name: text,
      DnsName: text,
      MachineCatalog: ref.nullish(),
      DeliveryGroup: ref.nullish(),
      SessionSupport: text,
      OSType: text,
      AgentVersion: text,
      PowerState: text,
      RegistrationState: text,
      Zone: ref.nullish(),
    })
    .nullish(),
});

export type Session = z.infer<typeof sessionSchema>;

/** `SessionResponseModelCollection`; `TotalItems` comes with `$search`. */
export const sessionPageSchema = z.object({
  Items: z.array(sessionSchema),
  ContinuationToken: text,
  TotalItems: notReported(z.number().int()),
});

export type SessionPage = z.infer<typeof sessionPageSchema>;

/** cvad/manage `$search` answers `TotalItems` next to the page of sessions. */
export const sessionCountSchema = z.object({ TotalItems: notReported(z.number()) });

/** One condition of a `$search`. */
export interface SearchFilter {
  Property: string;
  Operator: string;
  Value: string;
}

/** The body of `POST /Sessions/$search` (`MachineAndSessionSearchRequestModel`). */
export interface SessionSearchRequest {
  SearchFilters: SearchFilter[];
  SearchFilterGroups: { SearchFilterGroupType: 'Or'; SearchFilters: SearchFilter[] }[];
  SearchFilterGroupsType: 'And';
  SortCriteria: { Property: string; SortDirection: 'Ascending' | 'Descending' };
}

export interface SessionPageRequest {
  search: SessionSearchRequest;
  limit: number;
  /** Opaque; from the previous page's answer. */
  continuationToken?: string;
  /** Only these top-level properties (e.g. for export). */
  fields?: string;
}

export async function searchSessions(request: SessionPageRequest, signal?: AbortSignal) {
  const searchParams: Record<string, string | number> = { limit: request.limit };
  if (request.continuationToken) searchParams.continuationToken = request.continuationToken;
  if (request.fields) searchParams.fields = request.fields;
  const body = await cvadApi
    .post('Sessions/$search', { json: request.search, searchParams, signal })
    .json();
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

/** How one session's action ended. */
export interface ActionOutcome {
  sessionId: string;
  ok: boolean;
  error?: string;
}

export interface ActionRun {
  action: SessionAction;
  sessionIds: string[];
  message?: SessionMessage;
  /** Called as each session's job finishes. */
  onProgress?: (outcome: ActionOutcome) => void;
}

const parallelActions = 4;

async function runOne(run: ActionRun, sessionId: string): Promise<ActionOutcome> {
  try {
    const response = await cvadApi.post(
      `Sessions/${encodeURIComponent(sessionId)}/$${run.action}`,
      {
        searchParams: { async: true },
        json: run.action === 'sendMessage' ? run.message : undefined,
      },
    );
    const location = response.headers.get('Location');
    if (response.status !== 202 || !location) return { sessionId, ok: true };
    try {
      const error = await followJob(location);
      return { sessionId, ok: error === undefined, error };
    } catch (failure) {
      // Accepted, so it may well have worked: say so rather than report a plain failure.
      const problem = toApiProblem(failure).message;
      return {
        sessionId,
        ok: false,
        error: `Sent, but its progress could not be read. ${problem}`,
      };
    }
  } catch (failure) {
    return { sessionId, ok: false, error: toApiProblem(failure).message };
  }
}

/** Runs the action on every session, a few at a time, following each one's job to its end. */
export async function runSessionAction(run: ActionRun): Promise<ActionOutcome[]> {
  const outcomes: ActionOutcome[] = [];
  const queue = [...run.sessionIds];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const outcome = await runOne(run, id);
      outcomes.push(outcome);
      run.onProgress?.(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallelActions, queue.length) }, worker));
  return outcomes;
}

/** Runs an action; when it ends, every sessions page and detail is read again. */
export function useSessionAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runSessionAction,
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionQueries.all() }),
  });
}
