import type { Page } from 'playwright-core';

/**
 * Records, in the page, every "Retrying: …" the header shows and every alert's text, so a test
 * can check afterwards what the user was told along the way.
 */
export async function watchShownProblems(page: Page) {
  const seen = { retrying: [] as string[], texts: [] as string[] };
  await page.exposeFunction('__reportShown', (kind: 'retrying' | 'alert', text: string) => {
    const list = kind === 'retrying' ? seen.retrying : seen.texts;
    if (!list.includes(text)) list.push(text);
  });
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportShown: (k: string, t: string) => void })
      .__reportShown;
    new MutationObserver(() => {
      for (const status of document.querySelectorAll('header [role="status"]')) {
        const text = status.textContent ?? '';
        if (text.startsWith('Retrying')) report('retrying', text);
      }
      for (const alert of document.querySelectorAll('[role="alert"]'))
        report('alert', alert.textContent ?? '');
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return seen;
}
