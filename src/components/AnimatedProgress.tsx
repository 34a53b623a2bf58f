import { Progress, type ProgressProps } from '@mantine/core';
import classes from './AnimatedProgress.module.css';

/**
 * A progress bar whose stripes keep moving while the work goes on: Mantine's `Progress`, with
 * stripes the compositor moves on its own instead of Mantine's, which repaint the page on the
 * main thread every frame (`AnimatedProgress.module.css` says how much).
 */
export function AnimatedProgress(props: Omit<ProgressProps, 'animated' | 'striped'>) {
  return <Progress {...props} animated classNames={{ section: classes.section }} />;
}
