import { Skeleton } from '@mantine/core';
import classes from './HeaderPlaceholder.module.css';

/** The header buttons a placeholder can stand in for, each with its widths in the CSS module. */
type HeaderButton = 'operations' | 'connection' | 'account';

/** One placeholder for a header button: the shell's, while its code loads, and its own. */
export function HeaderPlaceholder({ of }: { of: HeaderButton }) {
  return <Skeleton height={36} className={classes[of]} radius="sm" />;
}
