import { checkParams, isOneOf } from '../../lib/address-problems.ts';
import { catalogSortKeys } from './catalog-list-view.ts';

/** What readCatalogListView ignored in the address, in words (it falls back all the same). */
export function describeCatalogListViewProblems(params: URLSearchParams): string[] {
  return checkParams(params, [
    {
      param: 'sort',
      label: 'sort column',
      isValid: isOneOf(catalogSortKeys),
      instead: 'sorting by name',
    },
    {
      param: 'dir',
      label: 'sort direction',
      isValid: isOneOf(['asc', 'desc']),
      instead: 'sorting ascending',
    },
  ]);
}
