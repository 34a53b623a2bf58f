import { z } from 'zod';
import type { CitrixProblem } from '../../citrix-problems.ts';
import { canonicalEnumValue, readJsonBody, withCanonicalNames } from '../../json-binding.ts';
import { sessionProblems } from './session-problems.ts';

/** `MachineAndSessionSearchFilterRequestModel`: Property and Operator required, Value optional. */
const searchFilter = z.object({
  Property: z.string(),
  Operator: z.string(),
  Value: z.string().nullish(),
});

const groupType = z.enum(['And', 'Or']);

export interface SearchFilterGroup {
  SearchFilterGroupType?: 'And' | 'Or' | null;
  SearchFilters?: z.infer<typeof searchFilter>[] | null;
  SearchFilterGroups?: SearchFilterGroup[] | null;
  SearchFilterGroupsType?: 'And' | 'Or' | null;
}

const searchFilterGroup: z.ZodType<SearchFilterGroup> = z.lazy(() =>
  z.object({
    SearchFilterGroupType: groupType.nullish(),
    SearchFilters: z.array(searchFilter).nullish(),
    SearchFilterGroups: z.array(searchFilterGroup).nullish(),
    SearchFilterGroupsType: groupType.nullish(),
  }),
);

const sortCriterion = z.object({
  Property: z.string(),
  SortDirection: z.enum(['Ascending', 'Descending']).nullish(),
});

/** The body of `POST /Sessions/$search` (`MachineAndSessionSearchRequestModel`). */
const searchRequestSchema = z.object({
  BasicSearchString: z.string().nullish(),
  SearchFilters: z.array(searchFilter).nullish(),
  SearchFilterGroups: z.array(searchFilterGroup).nullish(),
  SearchFilterGroupsType: groupType.nullish(),
  SortCriteria: sortCriterion.nullish(),
  SortCriteriaItems: z.array(sortCriterion).nullish(),
});

export type SearchRequest = z.infer<typeof searchRequestSchema>;
export type SearchFilter = z.infer<typeof searchFilter>;
export type SortCriterion = z.infer<typeof sortCriterion>;

/** Every key of `MachineAndSessionSearchRequestModel` and the models inside it. */
const requestKeys = [
  'BasicSearchString',
  'SearchFilters',
  'SearchFilterGroups',
  'SearchFilterGroupsType',
  'SearchFilterGroupType',
  'SortCriteria',
  'SortCriteriaItems',
  'Property',
  'Operator',
  'Value',
  'SortDirection',
] as const;

/** `SearchOperator` (enums-cvad.json), so an operator in any case reads as its enum name. */
const searchOperators = [
  'Equals',
  'NotEquals',
  'LessThan',
  'GreaterThan',
  'LessThanOrEquals',
  'GreaterThanOrEquals',
  'Like',
  'NotLike',
  'EndsWith',
  'NotEndsWith',
  'StartsWith',
  'NotStartsWith',
  'Any',
  'None',
  'Contains',
  'NotContains',
  'ContainsLike',
  'NotContainsLike',
  'ContainsEndsWith',
  'NotContainsEndsWith',
  'ContainsStartsWith',
  'NotContainsStartsWith',
  'In',
  'NotIn',
  'IsWithin',
  'IsNotWithin',
];

/** Enum names in any case, keyed by the property that holds them. */
function withCanonicalEnums(node: unknown, propertyNames: readonly string[]): unknown {
  const membersOf: Record<string, readonly string[]> = {
    Property: propertyNames,
    Operator: searchOperators,
    SortDirection: ['Ascending', 'Descending'],
    SearchFilterGroupType: ['And', 'Or'],
    SearchFilterGroupsType: ['And', 'Or'],
  };
  if (Array.isArray(node)) return node.map((item) => withCanonicalEnums(item, propertyNames));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      const members = membersOf[key];
      return [
        key,
        members ? canonicalEnumValue(value, members) : withCanonicalEnums(value, propertyNames),
      ];
    }),
  );
}

/**
 * Binds a `$search` body as the service's ASP.NET binder does: `searchFilters` is `SearchFilters`,
 * `sessionstate` is `SessionState`, `equals` is `Equals`. Without it, a generated client's
 * camelCase body would lose its filters and match every session. `propertyNames`: the search
 * properties the simulator knows; unknown ones are left as sent, to be refused by name.
 */
export function bindSearchRequest(raw: unknown, propertyNames: readonly string[]) {
  const named = withCanonicalNames(raw, requestKeys);
  return searchRequestSchema.safeParse(withCanonicalEnums(named, propertyNames));
}

/**
 * Reads and binds the body of a `$search` (sessions or machines). The body is required (2023
 * spec): an empty or broken one is refused, never read as "{}".
 */
export async function readSearchRequest(
  request: { text(): Promise<string> },
  propertyNames: readonly string[],
): Promise<{ request: SearchRequest } | { problem: CitrixProblem }> {
  const body = await readJsonBody(request);
  if (!body.ok) return { problem: sessionProblems.invalidBody(body.detail) };
  const parsed = bindSearchRequest(body.value, propertyNames);
  if (parsed.success) return { request: parsed.data };
  const issue = parsed.error.issues[0];
  const detail = `Invalid search request: ${issue?.path.join('.') || 'body'}: ${issue?.message}`;
  return { problem: sessionProblems.invalidBody(detail) };
}
