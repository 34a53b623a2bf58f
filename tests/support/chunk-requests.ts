import type { Page } from 'playwright-core';

/**
 * Records the page's requests for one chunk group's file (`<name>-<hash>.js`) until `stop()`:
 * for the tests that a page draws without some code and asks for it once it is needed.
 */
export function recordChunkRequests(
  page: Page,
  name: string,
): { requested: () => string[]; stop: () => void } {
  const file = new RegExp(`/${name}-[\\w-]+\\.js$`);
  const requested: string[] = [];
  const record = (request: { resourceType(): string; url(): string }) => {
    const { pathname } = new URL(request.url());
    if (request.resourceType() === 'script' && file.test(pathname)) requested.push(pathname);
  };
  page.on('request', record);
  return { requested: () => [...requested], stop: () => page.off('request', record) };
}
