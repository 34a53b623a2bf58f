/** Chromium's `scheduler.yield()` (129+), where there is one. */
type Scheduler = { yield?: () => Promise<void> };

/**
 * Resolves in a later task, so the browser can paint and answer a tap in between: work split by
 * it runs as several short tasks instead of one long one, which a phone's taps wait behind and
 * Lighthouse counts as blocking time (each task's time over 50 ms). `scheduler.yield()` comes
 * back ahead of other queued work and is not slowed in a background tab the way timers are.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
