import { Button, Group, NativeSelect, Text } from '@mantine/core';
import { pageSizes, type SessionView } from '../session-view.ts';

export interface SessionsPagerProps {
  pageNumber: number;
  pageSize: SessionView['pageSize'];
  /** From `TotalItems`, when the API gives it. */
  total: number | null | undefined;
  hasNext: boolean;
  onFirst: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onPageSizeChange: (size: SessionView['pageSize']) => void;
}

/** Continuation-token paging: first, previous, next; there is no jumping to page N. */
export function SessionsPager(props: SessionsPagerProps) {
  const { pageNumber, pageSize, total, hasNext } = props;
  const pages = total == null ? null : Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" mt="sm" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        Page {pageNumber}
        {pages !== null && ` of ${pages.toLocaleString()}`}
        {total != null && ` · ${total.toLocaleString()} session${total === 1 ? '' : 's'}`}
      </Text>
      <Group gap="xs">
        {/* The browser's own picker: the page needs no popover code for four choices, and a
            phone shows its native list. */}
        <NativeSelect
          aria-label="Rows per page"
          data={pageSizes.map((size) => ({ value: String(size), label: `${size} per page` }))}
          value={String(pageSize)}
          onChange={(event) =>
            props.onPageSizeChange(Number(event.currentTarget.value) as SessionView['pageSize'])
          }
          w={140}
        />
        <Button variant="default" onClick={props.onFirst} disabled={pageNumber === 1}>
          First
        </Button>
        <Button variant="default" onClick={props.onPrevious} disabled={pageNumber === 1}>
          Previous
        </Button>
        <Button variant="default" onClick={props.onNext} disabled={!hasNext}>
          Next
        </Button>
      </Group>
    </Group>
  );
}
