/**
 * cvad/manage `$search` requests as plain data: what to send, built without the API client, so
 * the first page's reads can be sent before the app's code has arrived (`src/early-reads/`) and
 * be the very requests the app then makes (`searchSessions`, `searchMachines`).
 */

/** One condition of a `$search`. */
export interface SearchFilter {
  Property: string;
  Operator: string;
  Value: string;
}

/**
 * The `$search` condition for one person, exactly (sessions and machines alike): `DOMAIN\name` as
 * cvad/manage reports UserName, a UPN, or a bare SAM name. No property holds the SAM name alone,
 * so a bare name is UserName EndsWith `\name`: the backslash anchors the whole account name, so
 * `aisha.chen` finds `CONTOSO\aisha.chen` but not `CONTOSO\aisha.chen2` or `CONTOSO\maisha.chen`.
 * Never Contains, which finds all three. (The simulator compares case-blind, as Active Directory
 * names are; the spec does not say.)
 */
export function exactUserFilter(user: string): SearchFilter {
  const value = user.trim();
  if (value.includes('\\')) return { Property: 'UserName', Operator: 'Equals', Value: value };
  if (value.includes('@')) {
    return { Property: 'UserPrincipalName', Operator: 'Equals', Value: value };
  }
  return { Property: 'UserName', Operator: 'EndsWith', Value: `\\${value}` };
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

/** A `$search` over machines (`MachineAndSessionSearchRequestModel`) and how many to answer. */
export interface MachineSearch {
  filters: SearchFilter[];
  limit: number;
}

/** A POST under cvad/manage: its path, query and JSON body. */
export interface CvadSearchCall {
  path: string;
  searchParams: Record<string, string | number>;
  json: unknown;
}

export function sessionSearchCall(request: SessionPageRequest): CvadSearchCall {
  const searchParams: Record<string, string | number> = { limit: request.limit };
  if (request.continuationToken) searchParams.continuationToken = request.continuationToken;
  if (request.fields) searchParams.fields = request.fields;
  return { path: 'Sessions/$search', searchParams, json: request.search };
}

export function machineSearchCall(search: MachineSearch): CvadSearchCall {
  return {
    path: 'Machines/$search',
    searchParams: { limit: search.limit },
    json: { SearchFilters: search.filters },
  };
}
