import { Skeleton } from '@mantine/core';

/**
 * The width of each of the header's buttons at each screen width (measured at 390, 768 and
 * 1,280 px), so that what stands in for one, while its code or its data is on its way, takes its
 * room and nothing in the header moves when it arrives.
 */
const widths = {
  operations: { base: 44, xs: 60, md: 128 },
  connection: { base: 36, xs: 123, md: 490 },
  account: { base: 73, sm: 158 },
} as const;

/** One placeholder for a header button: the shell's, while its code loads, and its own. */
export function HeaderPlaceholder({ of }: { of: keyof typeof widths }) {
  return <Skeleton height={36} w={widths[of]} radius="sm" />;
}
