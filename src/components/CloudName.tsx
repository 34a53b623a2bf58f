import { Text, type TextProps } from '@mantine/core';

export interface CloudNameProps extends TextProps {
  /** A name as the cloud gave it: possibly empty, possibly hundreds of characters. */
  name: string | null | undefined;
  /** Shown, dimmed, when the name is empty. @default '(no name)' */
  placeholder?: string;
  /** Width past which the name is cut with "…". @default 360 */
  maw?: number | string;
}

/**
 * A name in a list or table: one line, cut with "…" past `maw`, the whole name on hover (`title`)
 * and on its detail page; an empty name reads as a placeholder instead of vanishing.
 */
export function CloudName({
  name,
  placeholder = '(no name)',
  maw = 360,
  ...props
}: CloudNameProps) {
  if (!name?.trim()) {
    return (
      <Text span c="dimmed" fs="italic" inherit {...props}>
        {placeholder}
      </Text>
    );
  }
  return (
    <Text span display="block" maw={maw} truncate="end" title={name} inherit {...props}>
      {name}
    </Text>
  );
}
