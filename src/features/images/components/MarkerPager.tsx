import { Button, Group, Text } from '@mantine/core';
import type { CursorStack } from '../../../hooks/use-cursor-stack.ts';

export interface MarkerPagerProps {
  /** The markers of the pages already opened. */
  pages: CursorStack;
  /** The marker the page on screen links on with; undefined on the last page. */
  nextMarker: string | undefined;
  /** The page on screen is the previous one, kept while the next loads. */
  busy: boolean;
}

/**
 * Previous / next over marker paging. Rackspace can only page forward, so "previous" pops a stack of
 * the markers already used; there is no total, so no page count either.
 */
export function MarkerPager({ pages, nextMarker, busy }: MarkerPagerProps) {
  const canGoForward = nextMarker !== undefined;
  return (
    <Group justify="center" gap="sm" component="nav" aria-label="Rackspace pages">
      <Button variant="default" onClick={pages.previous} disabled={pages.pageNumber === 1 || busy}>
        Previous page
      </Button>
      <Text size="sm" aria-live="polite">
        Page {pages.pageNumber}
      </Text>
      <Button
        variant="default"
        onClick={() => nextMarker && pages.next(nextMarker)}
        disabled={!canGoForward || busy}
        loading={busy && canGoForward}
      >
        Next page
      </Button>
    </Group>
  );
}
