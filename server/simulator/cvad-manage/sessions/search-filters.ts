import { containsAnswers } from './contains-index.ts';
import type { SearchProperty } from './search-properties.ts';
import type { SearchFilter, SearchFilterGroup, SearchRequest } from './search-request.ts';

/** A request the simulator understood but refuses, with the words the client will show. */
export class SearchRefusal extends Error {}

export type RowTest = (session: number) => boolean;

const textOperators: Record<string, (value: string, wanted: string) => boolean> = {
  Equals: (value, wanted) => value === wanted,
  StartsWith: (value, wanted) => value.startsWith(wanted),
  EndsWith: (value, wanted) => value.endsWith(wanted),
  Contains: (value, wanted) => value.includes(wanted),
};

/** `Like` takes `*` (any run) and `?` (one character) wildcards; every other character is literal. */
function likePattern(wanted: string): RegExp {
  const escaped = wanted.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 's');
}

/** `In` takes a JSON array of strings, or a comma-separated list. */
function listValues(wanted: string): string[] {
  if (wanted.trimStart().startsWith('[')) {
    const parsed: unknown = JSON.parse(wanted);
    if (Array.isArray(parsed)) return parsed.map((item) => String(item).toLowerCase());
  }
  return wanted.split(',').map((item) => item.trim().toLowerCase());
}

/** A test of a lower-cased text value by a `SearchOperator`; throws SearchRefusal for others. */
export function textTest(operator: string, rawWanted: string): (value: string) => boolean {
  const wanted = rawWanted.toLowerCase();
  const negated = operator.startsWith('Not');
  const base = negated ? operator.slice(3) : operator;
  let test: ((value: string) => boolean) | undefined;
  const plain = textOperators[base];
  if (plain) test = (value) => plain(value, wanted);
  if (base === 'Like') {
    const pattern = likePattern(wanted);
    test = (value) => pattern.test(value);
  }
  if (base === 'In') {
    let set: Set<string>;
    try {
      set = new Set(listValues(rawWanted));
    } catch {
      throw new SearchRefusal(`The value of an ${operator} filter must be a list of strings.`);
    }
    test = (value) => set.has(value);
  }
  if (!test) throw new SearchRefusal(`Operator ${operator} is not supported for text properties.`);
  const positive = test;
  return negated ? (value) => !positive(value) : positive;
}

/** Operators that order numbers (times as epoch ms, counts). */
export const orderOperators: Record<string, (value: number, wanted: number) => boolean> = {
  Equals: (a, b) => a === b,
  NotEquals: (a, b) => a !== b,
  LessThan: (a, b) => a < b,
  GreaterThan: (a, b) => a > b,
  LessThanOrEquals: (a, b) => a <= b,
  GreaterThanOrEquals: (a, b) => a >= b,
};

/**
 * 1 for each value of an unchanging column that passes a `Contains` or `NotContains` filter, found
 * in one pass over the column; undefined for other operators or columns, tested value by value.
 */
function columnAnswers(
  property: SearchProperty,
  operator: string,
  wanted: string,
): Uint8Array | undefined {
  if (property.kind !== 'text' || !property.column) return undefined;
  if (operator !== 'Contains' && operator !== 'NotContains') return undefined;
  const answers = containsAnswers(property.column, wanted.toLowerCase());
  if (operator === 'NotContains') answers.forEach((answer, k) => (answers[k] = 1 - answer));
  return answers;
}

/** Compiles filters over the session table; `userOf`/`catalogOf` map a session to its user/catalog. */
export function createFilterCompiler(
  properties: Record<string, SearchProperty>,
  userOf: (session: number) => number,
  catalogOf: (session: number) => number,
  counts: { users: number; catalogs: number },
) {
  function compileFilter(filter: SearchFilter): RowTest {
    const property = properties[filter.Property];
    if (!property) throw new SearchRefusal(`Searching by ${filter.Property} is not supported.`);
    const wanted = filter.Value ?? '';
    if (property.kind === 'time') {
      const compare = orderOperators[filter.Operator];
      const at = Date.parse(wanted);
      if (!compare) throw new SearchRefusal(`Operator ${filter.Operator} does not apply to times.`);
      if (Number.isNaN(at)) throw new SearchRefusal(`"${wanted}" is not a date and time.`);
      return (i) => compare(property.value(i), at);
    }
    const test = textTest(filter.Operator, wanted);
    const inOnePass = columnAnswers(property, filter.Operator, wanted);
    if (property.level === 'session') {
      return inOnePass ? (i) => inOnePass[i] === 1 : (i) => test(property.value(i));
    }
    // Evaluate once per user or catalog, then look the answer up per session.
    const size = property.level === 'user' ? counts.users : counts.catalogs;
    let answers = inOnePass;
    if (!answers) {
      answers = new Uint8Array(size);
      for (let k = 0; k < size; k++) answers[k] = test(property.value(k)) ? 1 : 0;
    }
    const owner = property.level === 'user' ? userOf : catalogOf;
    return (i) => answers[owner(i)] === 1;
  }

  return createRequestCompiler(compileFilter, [
    'UserName',
    'UserDisplayName',
    'UserPrincipalName',
    'MachineName',
    'DnsName',
    'ClientName',
    'ClientIP',
    'DeliveryGroup',
  ]);
}

/**
 * Combines compiled filters as `MachineAndSessionSearchRequestModel` says: top-level filters are
 * ANDed, groups combine by `SearchFilterGroupsType` (And by default), and `BasicSearchString`
 * matches when any of `basicSearchProperties` contains it. Sessions and machines share it.
 */
export function createRequestCompiler(
  compileFilter: (filter: SearchFilter) => RowTest,
  basicSearchProperties: readonly string[],
) {
  const combine = (tests: RowTest[], type: 'And' | 'Or' | null | undefined): RowTest => {
    if (tests.length === 0) return () => true;
    if (tests.length === 1) return tests[0]!;
    return type === 'Or' ? (i) => tests.some((t) => t(i)) : (i) => tests.every((t) => t(i));
  };

  function compileGroup(group: SearchFilterGroup): RowTest {
    const filters = (group.SearchFilters ?? []).map(compileFilter);
    const inner = combine(
      (group.SearchFilterGroups ?? []).map(compileGroup),
      group.SearchFilterGroupsType,
    );
    return combine([combine(filters, group.SearchFilterGroupType), inner], 'And');
  }

  /** Top-level filters are ANDed; groups combine by `SearchFilterGroupsType` (And by default). */
  return function compileRequest(request: SearchRequest): RowTest[] {
    const tests = (request.SearchFilters ?? []).map(compileFilter);
    const groups = (request.SearchFilterGroups ?? []).map(compileGroup);
    if (groups.length > 0) tests.push(combine(groups, request.SearchFilterGroupsType));
    const basic = request.BasicSearchString?.trim();
    if (basic) {
      tests.push(
        combine(
          basicSearchProperties.map((name) =>
            compileFilter({ Property: name, Operator: 'Contains', Value: basic }),
          ),
          'Or',
        ),
      );
    }
    return tests;
  };
}
