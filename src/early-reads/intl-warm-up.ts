/**
 * Starts ICU on a worker thread while the page's code is still on its way (see the worker). A
 * browser without workers, or that refuses this one, formats as before: ICU starts on first use.
 */
export function warmUpIntl() {
  if (typeof Worker !== 'function') return;
  try {
    new Worker(new URL('./intl-warm-up.worker.ts', import.meta.url), { name: 'intl-warm-up' });
  } catch {
    // Only a cost saving: nothing to tell anyone.
  }
}
