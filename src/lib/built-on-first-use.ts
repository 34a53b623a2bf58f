/**
 * A value built the first time it is asked for, then kept: for the `Intl` formatters and
 * collators a module keeps.
 *
 * Built when its module is evaluated, an `Intl` object starts ICU (the browser's locale library)
 * there and then, in the page's start-up task: 10–28 ms of it on this machine, unthrottled. The
 * app starts ICU on a worker meanwhile (src/early-reads/intl-warm-up.ts), but that worker is
 * itself still starting when the first page modules are evaluated. By a page's first date or
 * sorted name, later, it has most often finished, and ICU is at hand.
 */
export function builtOnFirstUse<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
