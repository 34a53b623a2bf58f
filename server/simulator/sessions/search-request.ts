import { z } from 'zod';

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
export const searchRequestSchema = z.object({
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
