import type { ComponentPropsWithoutRef } from 'react';
import classes from './Columns.module.css';

/** One column on a phone; from the named breakpoint on, two (and, for cards, three). */
export type ColumnsLayout = 'twoFromSm' | 'twoFromMd' | 'twoFromSmThreeFromLg';

export interface ColumnsProps extends ComponentPropsWithoutRef<'div'> {
  layout: ColumnsLayout;
}

/**
 * A grid whose columns follow the screen, in place of Mantine's SimpleGrid with responsive
 * `cols`, which draws a <style> element of its own (the module says what that costs).
 */
export function Columns({ layout, className, ...props }: ColumnsProps) {
  const names = [classes.columns, classes[layout], className].filter(Boolean).join(' ');
  return <div {...props} className={names} />;
}
