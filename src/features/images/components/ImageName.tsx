import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import classes from './ImageName.module.css';

export interface ImageNameProps {
  name: string;
  href: string;
}

/**
 * Names often differ only at the end (a build date, a number), so the end is never cut: a long
 * name loses characters from its middle ("Windows Server 2022 golden…build 2026-11-01").
 */
const tailLength = 16;

/** An image's name as a link, in cards and table alike; the whole name on hover. */
export function ImageName({ name, href }: ImageNameProps) {
  const unnamed = name.trim() === '';
  // One line: runs of spaces and line breaks in the cloud's name read as one space. Split by
  // code points, so an emoji or other astral character at the cut is not torn in two.
  const shown = unnamed ? '(no name)' : name.replace(/\s+/g, ' ');
  const characters = Array.from(shown);
  const head = characters.slice(0, -tailLength).join('');
  const tail = characters.slice(-tailLength).join('');
  return (
    <Anchor
      component={Link}
      to={href}
      fw={600}
      className={classes.name}
      title={name}
      // The two parts would be read as two words run together where the cut meets a space
      // ("FinanceDesktop"): the link is named by the whole name instead.
      aria-label={shown}
      data-unnamed={unnamed || undefined}
    >
      <span className={classes.head}>{head}</span>
      <span className={classes.tail} data-name-tail>
        {tail}
      </span>
    </Anchor>
  );
}
