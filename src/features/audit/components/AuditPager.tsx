import { Group, NativeSelect, Pagination, Text } from '@mantine/core';
import { pageSizes, type AuditPageSize } from '../audit-view.ts';
import { showingRange } from '../audit-words.ts';

export interface AuditPagerProps {
  page: number;
  pageSize: AuditPageSize;
  /** Records on this page. */
  shown: number;
  total: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: AuditPageSize) => void;
}

const controlLabels = {
  first: 'First page',
  previous: 'Previous page',
  next: 'Next page',
  last: 'Last page',
} as const;

/** Server-side paging: "Showing 51–100 of 1,234", the page numbers, and how many a page. */
export function AuditPager({ page, pageSize, shown, total, ...on }: AuditPagerProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" mt="sm" wrap="wrap" gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {showingRange(page, pageSize, shown, total)}
      </Text>
      <Group gap="sm" wrap="wrap">
        {/* The browser's own picker: no popover code for a few choices; a phone's own list. */}
        <NativeSelect
          aria-label="Records per page"
          data={pageSizes.map((size) => ({ value: String(size), label: `${size} per page` }))}
          value={String(pageSize)}
          onChange={(event) => {
            const { value } = event.currentTarget;
            const size = pageSizes.find((candidate) => String(candidate) === value);
            if (size) on.onPageSizeChange(size);
          }}
          w={140}
        />
        <Pagination
          total={pages}
          value={Math.min(page, pages)}
          onChange={on.onPageChange}
          withEdges
          siblings={1}
          getItemProps={(item) => ({ 'aria-label': `Page ${item}` })}
          getControlProps={(control) => ({ 'aria-label': controlLabels[control] })}
        />
      </Group>
    </Group>
  );
}
