/**
 * What the end-to-end tests read of the early reads (`src/lib/early-answers.ts`): which reads a
 * page sent, and which of them its app took up from the early-reads entry.
 */
import type { Page } from 'playwright-core';

/** The reads whose early answer the app took up, path and query, in the order taken. */
export function earlyAnswersTaken(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByName('daas-console:early-answer-taken')
      .map((mark) => new URL((mark as PerformanceMark).detail as string))
      .map(({ pathname, search }) => pathname + search),
  );
}

/** Records every request the page sends under `/api/`, path and query, until `stop()`. */
export function recordApiReads(page: Page): { reads: string[]; stop: () => void } {
  const reads: string[] = [];
  const record = (request: { url(): string }) => {
    const { pathname, search } = new URL(request.url());
    if (pathname.startsWith('/api/')) reads.push(pathname + search);
  };
  page.on('request', record);
  return { reads, stop: () => page.off('request', record) };
}

/**
 * Holds the page's own code (the chunks `pageCode` matches) back 500 ms, as a phone's longer
 * download would, until `release()`. A page whose early read's builder comes by `import()` (the
 * sessions list's, the Audit page's) races the app's own first read, which comes the same way: on
 * this host the app's can settle first and send the read itself (one request either way), so a
 * test of the early read holds the app back.
 */
export async function holdBackPageCode(page: Page, pageCode: RegExp) {
  await page.route(pageCode, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.continue();
  });
  return { release: () => page.unroute(pageCode) };
}
