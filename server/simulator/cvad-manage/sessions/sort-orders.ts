import type { SessionStore } from './session-store.ts';
import { SearchRefusal } from './search-filters.ts';
import type { SearchProperty } from './search-properties.ts';
import type { SortCriterion } from './search-request.ts';

/** Ranks `size` keys: equal keys share a rank, so a later sort criterion can break the tie. */
function rankBy<K extends string | number>(size: number, keyOf: (k: number) => K): Uint32Array {
  const keys = Array.from({ length: size }, (_, k) => keyOf(k));
  const order = Array.from({ length: size }, (_, k) => k);
  order.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  const ranks = new Uint32Array(size);
  let rank = 0;
  order.forEach((k, position) => {
    if (position > 0 && keys[k] !== keys[order[position - 1]!]) rank += 1;
    ranks[k] = rank;
  });
  return ranks;
}

const cacheSize = 16;

/**
 * Sorted orders of the whole session table, built on first use and cached: paging a sorted search
 * is then one pass over the order, keeping matching rows, with no per-request sort of 100,000 rows.
 * Orders that depend on live state are rebuilt after an action changes it.
 */
export function createSortOrders(store: SessionStore, properties: Record<string, SearchProperty>) {
  const { sessions } = store.dataset;
  const ranks = new Map<string, { version: number; ranks: Uint32Array }>();
  const orders = new Map<string, Uint32Array>();

  function isLive(name: string): boolean {
    const property = properties[name];
    return property?.kind === 'text' && property.live === true;
  }

  function sessionRanks(name: string): Uint32Array {
    const version = isLive(name) ? store.version : 0;
    const cached = ranks.get(name);
    if (cached && cached.version === version) return cached.ranks;
    const property = properties[name];
    if (!property) throw new SearchRefusal(`Sorting by ${name} is not supported.`);
    let result: Uint32Array;
    if (name === 'ClientIP') {
      result = rankBy(sessions.count, (i) => sessions.clientIp[i] ?? 0);
    } else if (property.kind === 'time') {
      result = rankBy(sessions.count, property.value);
    } else if (property.level === 'session') {
      result = rankBy(sessions.count, property.value);
    } else {
      const owners = property.level === 'user' ? sessions.user : sessions.catalog;
      const size = property.level === 'user' ? sessions.userCount : store.dataset.catalogs.length;
      const ownerRanks = rankBy(size, property.value);
      result = new Uint32Array(sessions.count);
      for (let i = 0; i < sessions.count; i++) result[i] = ownerRanks[owners[i] ?? 0] ?? 0;
    }
    ranks.set(name, { version, ranks: result });
    return result;
  }

  /** Session indices in the order the criteria ask for; ties keep the table's own order. */
  return function sortedOrder(criteria: SortCriterion[]): Uint32Array | undefined {
    if (criteria.length === 0) return undefined;
    const live = criteria.some((c) => isLive(c.Property));
    const key = `${criteria.map((c) => `${c.Property}:${c.SortDirection ?? 'Ascending'}`).join(',')}@${live ? store.version : 0}`;
    const cached = orders.get(key);
    if (cached) return cached;
    const columns = criteria.map((c) => ({
      ranks: sessionRanks(c.Property),
      sign: c.SortDirection === 'Descending' ? -1 : 1,
    }));
    const order = new Uint32Array(sessions.count);
    for (let i = 0; i < order.length; i++) order[i] = i;
    order.sort((a, b) => {
      for (const { ranks: r, sign } of columns) {
        const difference = (r[a] ?? 0) - (r[b] ?? 0);
        if (difference !== 0) return difference * sign;
      }
      return a - b;
    });
    if (orders.size >= cacheSize) orders.delete(orders.keys().next().value!);
    orders.set(key, order);
    return order;
  };
}
