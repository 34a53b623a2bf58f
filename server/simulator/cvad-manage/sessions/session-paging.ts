import type { CitrixProblem } from '../../citrix-problems.ts';
import { toSessionResponseModel } from '../../data/session-model.ts';
import { queryHash } from './continuation-token.ts';
import { SearchRefusal } from './search-filters.ts';
import type { SearchRequest } from './search-request.ts';
import { sessionProblems } from './session-problems.ts';
import type { QueryPage, SessionsArea } from './sessions-area.ts';

const DEFAULT_LIMIT = 250;
const MAX_LIMIT = 1000;

/** `fields=Id,User,State`: only those top-level properties of each session. */
function project(item: Record<string, unknown>, fields: string[] | undefined) {
  if (!fields) return item;
  return Object.fromEntries(
    fields.filter((name) => name in item).map((name) => [name, item[name]]),
  );
}

/** The paging query parameters of `GET /Sessions` and `POST /Sessions/$search`, as sent. */
export interface SessionPageParams {
  limit?: string;
  skip?: string;
  continuationToken?: string;
  /** Comma-separated top-level properties to keep, e.g. `Id,User,State`. */
  fields?: string;
}

/** `fields=Id, Name`: the names asked for, or undefined for every field. */
function fieldList(fields: string | undefined): string[] | undefined {
  return fields
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * Where a page starts and how long it is, from `limit`, `skip` and a continuation token tied to the
 * query's `hash`; or why the paging parameters are refused. Machines page the same way.
 */
function readPaging(
  area: Pick<SessionsArea, 'tokens'>,
  params: SessionPageParams,
  hash: string,
): { offset: number; limit: number } | { problem: CitrixProblem } {
  const limit = params.limit === undefined ? DEFAULT_LIMIT : Number(params.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    return { problem: sessionProblems.limitOutOfRange(params.limit ?? '') };
  }
  const skip = params.skip === undefined ? 0 : Number(params.skip);
  if (!Number.isInteger(skip) || skip < 0) {
    return { problem: sessionProblems.skipOutOfRange(params.skip ?? '') };
  }
  if (!params.continuationToken) return { offset: skip, limit };
  const read = area.tokens.read(params.continuationToken, hash);
  if ('refusal' in read) return { problem: sessionProblems.continuationToken(read.refusal) };
  return { offset: read.offset, limit };
}

/** A `SessionResponseModelCollection` to send, or why the request is refused (a 400). */
export type SessionPageAnswer = { page: Record<string, unknown> } | { problem: CitrixProblem };

/**
 * One page of `GET /Sessions` or `POST /Sessions/$search` as a `SessionResponseModelCollection`.
 * Only the rows of the page are expanded to PascalCase models. `TotalItems` is "only returned in
 * the response to `$search` APIs" (the collection schema), so `GET /Sessions` has none;
 * `ContinuationToken` is written out, null on the last page (seed 003).
 */
export function pageSessions(
  area: SessionsArea,
  request: SearchRequest,
  params: SessionPageParams,
  operation: 'list' | 'search',
): SessionPageAnswer {
  const { dataset } = area.store;
  return pageQuery(area, {
    hash: queryHash(request),
    params,
    run: (offset, limit) => area.runQuery(request, offset, limit),
    toItem: (i) => toSessionResponseModel(dataset, i, area.overrides(i)),
    withTotal: operation === 'search',
  });
}

/** A query to answer one page of; machines and sessions page alike. */
export interface PagedQuery {
  /** Ties continuation tokens to this query (and this kind of record). */
  hash: string;
  params: SessionPageParams;
  /** Finds the rows of one page; throws SearchRefusal for what it cannot answer. */
  run: (offset: number, limit: number) => QueryPage;
  toItem: (row: number) => Record<string, unknown>;
  /** `$search` answers carry `TotalItems`; plain lists do not. */
  withTotal: boolean;
}

/** One page of a collection model: `Items`, `ContinuationToken` and, for searches, `TotalItems`. */
export function pageQuery(
  area: Pick<SessionsArea, 'tokens'>,
  query: PagedQuery,
): SessionPageAnswer {
  const paging = readPaging(area, query.params, query.hash);
  if ('problem' in paging) return paging;
  let page;
  try {
    page = query.run(paging.offset, paging.limit);
  } catch (error) {
    if (error instanceof SearchRefusal) return { problem: sessionProblems.search(error.message) };
    throw error;
  }
  const fields = fieldList(query.params.fields);
  return {
    page: {
      Items: page.rows.map((row) => project(query.toItem(row), fields)),
      ContinuationToken:
        page.nextOffset === null ? null : area.tokens.issue(query.hash, page.nextOffset),
      ...(query.withTotal ? { TotalItems: page.total } : {}),
    },
  };
}
