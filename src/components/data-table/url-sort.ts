import type { ColumnSort } from '@tanstack/react-table';

/** A page's sort as its URL holds it: a column key and `?dir=asc|desc`. */
export interface UrlSort<Key extends string> {
  sort: Key;
  direction: 'asc' | 'desc';
}

/** The URL's sort as the table's sort state. */
export const toColumnSort = ({ sort, direction }: UrlSort<string>): ColumnSort => ({
  id: sort,
  desc: direction === 'desc',
});

/**
 * The table's `onSortChange` for a page whose URL holds the sort: writes the header's sort as the
 * URL does, and ignores a column whose id is not one of the URL's sort keys.
 */
export function writeUrlSort<Key extends string>(
  keys: readonly Key[],
  write: (sort: UrlSort<Key>) => void,
) {
  return ({ id, desc }: ColumnSort) => {
    const sort = keys.find((key) => key === id);
    if (sort) write({ sort, direction: desc ? 'desc' : 'asc' });
  };
}

/**
 * Spread into a column the page sorts (the table never sorts: `manualSorting`). TanStack offers
 * sorting only on columns with an accessor; the value is never read.
 */
export const sortedByPage = { accessorFn: () => null, enableSorting: true } as const;
