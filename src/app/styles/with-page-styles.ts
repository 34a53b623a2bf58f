/**
 * Loads a page's code (or a header part's) together with the Mantine styles only pages use, and
 * settles when both are here, so nothing draws before its styles. The styles are one file for all
 * pages: loaded once, cached by the browser, and named in each page's HTML as a preload.
 */
export async function withPageStyles<T>(load: () => Promise<T>): Promise<T> {
  const [loaded] = await Promise.all([load(), import('./mantine-pages.ts')]);
  return loaded;
}
