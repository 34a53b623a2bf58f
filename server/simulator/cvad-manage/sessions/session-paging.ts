import type { CitrixProblem } from '../../citrix-problems.ts';
import { toSessionResponseModel } from '../../data/session-model.ts';
import { queryHash } from './continuation-token.ts';
import { SearchRefusal } from './search-filters.ts';
import type { SearchRequest } from './search-request.ts';
import { sessionProblems } from './session-problems.ts';
import type { SessionsArea } from './sessions-area.ts';

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
  const limit = params.limit === undefined ? DEFAULT_LIMIT : Number(params.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    return { problem: sessionProblems.limitOutOfRange(params.limit ?? '') };
  }
  const skip = params.skip === undefined ? 0 : Number(params.skip);
  if (!Number.isInteger(skip) || skip < 0) {
    return { problem: sessionProblems.skipOutOfRange(params.skip ?? '') };
  }
  const hash = queryHash(request);
  let offset = skip;
  if (params.continuationToken) {
    const read = area.tokens.read(params.continuationToken, hash);
    if ('refusal' in read) return { problem: sessionProblems.continuationToken(read.refusal) };
    offset = read.offset;
  }
  let page;
  try {
    page = area.runQuery(request, offset, limit);
  } catch (error) {
    if (error instanceof SearchRefusal) return { problem: sessionProblems.search(error.message) };
    throw error;
  }
  const fields = params.fields
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const { dataset } = area.store;
  return {
    page: {
      Items: page.rows.map((i) =>
        project(toSessionResponseModel(dataset, i, area.store.overrides(i)), fields),
      ),
      ContinuationToken: page.nextOffset === null ? null : area.tokens.issue(hash, page.nextOffset),
      ...(operation === 'search' ? { TotalItems: page.total } : {}),
    },
  };
}
