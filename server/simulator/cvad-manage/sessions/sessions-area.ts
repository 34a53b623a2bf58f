import type { Clock } from '../../clock.ts';
import type { SimulatorConfig } from '../../config.ts';
import type { Dataset } from '../../data/dataset.ts';
import type { SessionOverrides } from '../../data/session-model.ts';
import { JobStore } from '../job-store.ts';
import { createMachinesArea } from '../machines/machines-area.ts';
import { SessionStore } from './session-store.ts';
import { createContinuationTokens } from './continuation-token.ts';
import { createFilterCompiler, type RowTest } from './search-filters.ts';
import { searchProperties } from './search-properties.ts';
import type { SearchRequest } from './search-request.ts';
import { buildSessionIndex } from './session-index.ts';
import { createSortOrders } from './sort-orders.ts';

/** One page of a query: the session indices to expand, the total, and where the next page starts. */
export interface QueryPage {
  rows: number[];
  total: number;
  nextOffset: number | null;
}

/**
 * The sessions API's state and query machinery, one per simulator (`SimulatorState.sessions`).
 * Machines live here too: they share the session store (a restart ends sessions) and the jobs.
 */
export function createSessionsArea({
  config,
  dataset,
  clock,
}: {
  config: SimulatorConfig;
  dataset: Dataset;
  clock: Clock;
}) {
  const now = () => clock.now();
  const store = new SessionStore(dataset);
  const jobs = new JobStore(now);
  const sessionIndex = buildSessionIndex(dataset);
  const properties = searchProperties(store, sessionIndex);
  const machines = createMachinesArea(dataset, store, sessionIndex);
  const { sessions } = dataset;
  const compile = createFilterCompiler(
    properties,
    (i) => sessions.user[i] ?? 0,
    (i) => sessions.catalog[i] ?? 0,
    { users: sessions.userCount, catalogs: dataset.catalogs.length },
  );
  const sortedOrder = createSortOrders(store, properties);

  /**
   * One pass over the (sorted) table: counts every live match and keeps the rows of the page asked
   * for. Throws SearchRefusal for filters or sorts the simulator cannot answer.
   */
  function runQuery(request: SearchRequest, offset: number, limit: number): QueryPage {
    const tests: RowTest[] = compile(request);
    const criteria =
      request.SortCriteriaItems ?? (request.SortCriteria ? [request.SortCriteria] : []);
    const order = sortedOrder(criteria);
    const rows: number[] = [];
    let total = 0;
    for (let position = 0; position < store.count; position++) {
      const i = order ? order[position]! : position;
      if (store.ended[i] === 1 || !tests.every((test) => test(i))) continue;
      if (total >= offset && rows.length < limit) rows.push(i);
      total += 1;
    }
    const nextOffset = offset + rows.length < total ? offset + rows.length : null;
    return { rows, total, nextOffset };
  }

  return {
    store,
    machines,
    jobs,
    /** What has changed about a session since the seed, its machine's live state included. */
    overrides: (i: number): SessionOverrides => ({
      ...store.overrides(i),
      machine: machines.liveOfSession(i),
    }),
    runQuery,
    /** The `MachineAndSessionSearchProperty` names `$search` can filter and sort by. */
    propertyNames: Object.keys(properties),
    tokens: createContinuationTokens(now, config.continuationTokenTtlSeconds),
  };
}

export type SessionsArea = ReturnType<typeof createSessionsArea>;
