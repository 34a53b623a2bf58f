import { Anchor, Badge, rem, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import classes from './RowText.module.css';

/*
 * Mantine's Text, Anchor, Stack and Badge markup (same classes, attributes and variables), written
 * out for cells of long tables. Each Mantine component costs a theme read, a props merge and a
 * style pass: a page of 100 sessions has some 2,500 of them, about 400 ms of rendering on a help
 * desk's laptop before the page shows. These are plain elements: nothing to compute but the markup.
 * The variables Mantine would set inline come from classes (RowText.module.css): setting them
 * element by element was most of what React still did for the rows; only a width stays inline.
 */

type Size = 'sm' | 'xs';

const textClass = `mantine-focus-auto ${Text.classes.root} mantine-Text-root`;

/** The class names, without the falsy ones, as one attribute value. */
const classNames = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

export interface RowTextProps {
  children: ReactNode;
  /** @default 'sm' */
  size?: Size;
  /** Cut with "…" at the end of one line. */
  truncate?: boolean;
  dimmed?: boolean;
  /** A `span` that takes its font from around it (Mantine's `span inherit`); else a `p`. */
  inline?: boolean;
  /** Max width in pixels; the text then sits on a line of its own. */
  maw?: number;
  title?: string;
}

/** Mantine's `<Text>` for a table cell. */
export function RowText({
  children,
  size = 'sm',
  truncate,
  inline,
  maw,
  title,
  ...props
}: RowTextProps) {
  const Element = inline ? 'span' : 'p';
  return (
    <Element
      className={classNames(
        textClass,
        classes[size],
        props.dimmed && classes.dimmed,
        maw !== undefined && classes.block,
      )}
      data-size={size}
      data-truncate={truncate ? 'end' : undefined}
      data-inherit={inline ? 'true' : undefined}
      title={title}
      style={maw === undefined ? undefined : { maxWidth: rem(maw) }}
    >
      {children}
    </Element>
  );
}

const anchorClass = `mantine-focus-auto ${Anchor.classes.root} ${Text.classes.root} mantine-Text-root mantine-Anchor-root ${classes.sm} ${classes.block}`;

/** Mantine's `<Anchor component={Link} size="sm" display="block" truncate="end">`. */
export function RowLink({
  to,
  title,
  children,
}: {
  to: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <Link
      to={to}
      className={anchorClass}
      data-size="sm"
      data-truncate="end"
      data-underline="hover"
      title={title}
    >
      {children}
    </Link>
  );
}

const stackClass = `${Stack.classes.root} mantine-Stack-root ${classes.stack}`;

/** Mantine's `<Stack gap={0} maw={maw}>`. */
export function RowStack({ maw, children }: { maw: number; children: ReactNode }) {
  return (
    <div className={stackClass} style={{ maxWidth: rem(maw) }}>
      {children}
    </div>
  );
}

const badgeClass = `${Badge.classes.root} mantine-Badge-root ${classes.badge}`;
const badgeLabelClass = `${Badge.classes.label} mantine-Badge-label`;

/** The colours a row's badge comes in: each has its rule in RowText.module.css. */
export type RowBadgeColor = 'gray' | 'blue' | 'teal' | 'orange';

/**
 * Mantine's `<Badge variant="light" color={color}>`, never narrower than its words (as the theme
 * sets for every badge).
 */
export function RowBadge({
  color,
  title,
  children,
}: {
  color: RowBadgeColor;
  title?: string;
  children: ReactNode;
}) {
  return (
    <div className={badgeClass} data-variant="light" data-color={color} title={title}>
      <span className={badgeLabelClass}>{children}</span>
    </div>
  );
}
