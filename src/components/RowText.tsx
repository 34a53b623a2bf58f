import { Anchor, Badge, rem, Stack, Text } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { Link } from 'react-router';

/*
 * Mantine's Text, Anchor, Stack and Badge markup (same classes, attributes and variables), written
 * out for cells of long tables. Each Mantine component costs a theme read, a props merge and a
 * style pass: a page of 100 sessions has some 2,500 of them, about 400 ms of rendering on a help
 * desk's laptop before the page shows. These are plain elements: nothing to compute but the markup.
 */

type Size = 'sm' | 'xs';

const textClass = `mantine-focus-auto ${Text.classes.root} mantine-Text-root`;
const textSize: Record<Size, CSSProperties> = {
  sm: { '--text-fz': 'var(--mantine-font-size-sm)', '--text-lh': 'var(--mantine-line-height-sm)' },
  xs: { '--text-fz': 'var(--mantine-font-size-xs)', '--text-lh': 'var(--mantine-line-height-xs)' },
} as Record<Size, CSSProperties>;
const dimmed = { color: 'var(--mantine-color-dimmed)' };

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
  const style =
    props.dimmed || maw !== undefined
      ? {
          ...textSize[size],
          ...(props.dimmed && dimmed),
          ...(maw !== undefined && { maxWidth: rem(maw), display: 'block' }),
        }
      : textSize[size];
  return (
    <Element
      className={textClass}
      data-size={size}
      data-truncate={truncate ? 'end' : undefined}
      data-inherit={inline ? 'true' : undefined}
      title={title}
      style={style}
    >
      {children}
    </Element>
  );
}

const anchorClass = `mantine-focus-auto ${Anchor.classes.root} ${Text.classes.root} mantine-Text-root mantine-Anchor-root`;
const blockAnchor = { ...textSize.sm, display: 'block' };

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
      style={blockAnchor}
    >
      {children}
    </Link>
  );
}

const stackClass = `${Stack.classes.root} mantine-Stack-root`;

/** Mantine's `<Stack gap={0} maw={maw}>`. */
export function RowStack({ maw, children }: { maw: number; children: ReactNode }) {
  const style = {
    '--stack-gap': '0rem',
    '--stack-align': 'stretch',
    '--stack-justify': 'flex-start',
    maxWidth: rem(maw),
  } as CSSProperties;
  return (
    <div className={stackClass} style={style}>
      {children}
    </div>
  );
}

const badgeClass = `${Badge.classes.root} mantine-Badge-root`;
const badgeLabelClass = `${Badge.classes.label} mantine-Badge-label`;

/**
 * Mantine's `<Badge variant="light" color={color}>`, never narrower than its words (as the theme
 * sets for every badge).
 */
export function RowBadge({
  color,
  title,
  children,
}: {
  color: string;
  title?: string;
  children: ReactNode;
}) {
  const style = {
    minWidth: 'max-content',
    '--badge-bg': `var(--mantine-color-${color}-light)`,
    '--badge-color': `var(--mantine-color-${color}-light-color)`,
    '--badge-bd': `${rem(1)} solid transparent`,
  } as CSSProperties;
  return (
    <div className={badgeClass} data-variant="light" title={title} style={style}>
      <span className={badgeLabelClass}>{children}</span>
    </div>
  );
}
