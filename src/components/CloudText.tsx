import { Text, type TextProps } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './CloudText.module.css';

export interface CloudTextProps extends Omit<TextProps, 'className'> {
  children: ReactNode;
  /** `div` when the text holds blocks (a stack, a paragraph). @default 'span' */
  component?: 'span' | 'div';
  /** Shown on hover, e.g. the API's code behind words. */
  title?: string;
}

/**
 * Text from the cloud shown whole, where it is read in full (detail pages, alerts, drawers): it
 * may be one endless word, so it breaks at any character rather than widen its box and the page.
 * In lists and tables, where one line per row matters more, `CloudName` cuts it instead.
 */
export function CloudText({ children, component = 'span', ...props }: CloudTextProps) {
  return (
    <Text component={component} inherit className={classes.text} {...props}>
      {children}
    </Text>
  );
}
