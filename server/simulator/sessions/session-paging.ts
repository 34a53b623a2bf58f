import type { Context } from 'hono';
import { citrixError } from '../errors/citrix-errors.ts';
import { toSessionResponseModel } from '../data/session-model.ts';
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

/**
 * Answers one page of `GET /Sessions` or `POST /Sessions/$search` as a
 * `SessionResponseModelCollection`. Only the rows of the page are expanded to PascalCase models.
 * `TotalItems` is "only returned in the response to `$search` APIs" (the collection schema), so
 * `GET /Sessions` has none; `ContinuationToken` is written out, null on the last page (seed 003).
 */
export function answerSessionPage(
  c: Context,
  area: SessionsArea,
  request: SearchRequest,
  operation: 'list' | 'search',
) {
  const rawLimit = c.req.query('limit');
  const limit = rawLimit === undefined ? DEFAULT_LIMIT : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    return citrixError(c, 400, sessionProblems.limitOutOfRange(rawLimit ?? ''));
  }
  const rawSkip = c.req.query('skip');
  const skip = rawSkip === undefined ? 0 : Number(rawSkip);
  if (!Number.isInteger(skip) || skip < 0) {
    return citrixError(c, 400, sessionProblems.skipOutOfRange(rawSkip ?? ''));
  }
  const hash = queryHash(request);
  let offset = skip;
  const token = c.req.query('continuationToken');
  if (token) {
    const read = area.tokens.read(token, hash);
    if ('refusal' in read)
      return citrixError(c, 400, sessionProblems.continuationToken(read.refusal));
    offset = read.offset;
  }
  let page;
  try {
    page = area.runQuery(request, offset, limit);
  } catch (error) {
    if (error instanceof SearchRefusal)
      return citrixError(c, 400, sessionProblems.search(error.message));
    throw error;
  }
  const fields = c.req
    .query('fields')
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const { dataset } = area.store;
  return c.json({
    Items: page.rows.map((i) =>
      project(toSessionResponseModel(dataset, i, area.store.overrides(i)), fields),
    ),
    ContinuationToken: page.nextOffset === null ? null : area.tokens.issue(hash, page.nextOffset),
    ...(operation === 'search' ? { TotalItems: page.total } : {}),
  });
}
