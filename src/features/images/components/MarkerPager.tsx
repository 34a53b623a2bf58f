import { Button, Group, Text } from '@mantine/core';

export interface MarkerPagerProps {
  /** 1-based: how many pages deep the marker stack is. */
  page: number;
  canGoBack: boolean;
  canGoForward: boolean;
  busy: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/**
 * Previous / next over marker paging. Rackspace can only page forward, so "previous" pops a stack of
 * the markers already used; there is no total, so no page count either.
 */
export function MarkerPager({
  page,
  canGoBack,
  canGoForward,
  busy,
  onPrevious,
  onNext,
}: MarkerPagerProps) {
  return (
    <Group justify="center" gap="sm" component="nav" aria-label="Rackspace pages">
      <Button variant="default" onClick={onPrevious} disabled={!canGoBack || busy}>
        Previous page
      </Button>
      <Text size="sm" aria-live="polite">
        Page {page}
      </Text>
      <Button
        variant="default"
        onClick={onNext}
        disabled={!canGoForward || busy}
        loading={busy && canGoForward}
      >
        Next page
      </Button>
    </Group>
  );
}
