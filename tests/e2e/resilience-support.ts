import type { Page } from 'playwright-core';

export interface CatalogFacts {
  id: string;
  name: string;
  state: string;
  sessionSupport: string;
  imageId: string | null;
}
export interface ImageFacts {
  id: string;
  name: string;
  state: string;
  sessionSupport: string;
  isDeprecated?: boolean;
}

/**
 * Reads catalogs and images through the console's proxy, asking again when an injected fault
 * gets in the way (the test's own reads, not the console's).
 */
export async function readCatalogService(consoleUrl: string) {
  const read = async <T>(url: string): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetch(url);
        if (response.ok) return (await response.json()) as T;
      } catch (error) {
        if (attempt >= 10) throw error;
      }
      if (attempt >= 10) throw new Error(`No good answer from ${url}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  };
  const connection = await read<{ citrix: { customerId: string; siteId: string } }>(
    `${consoleUrl}/api/connection`,
  );
  const base = `${consoleUrl}/api/catalogservice/${connection.citrix.customerId}/${connection.citrix.siteId}`;
  const catalogs = (await read<{ items: CatalogFacts[] }>(`${base}/catalogs`)).items;
  const images = (await read<{ items: ImageFacts[] }>(`${base}/images`)).items;
  return { catalogs, images };
}

/** An Active catalog and a Ready image it can take that passes verification. */
export function pickRollout(catalogs: CatalogFacts[], images: ImageFacts[]) {
  for (const catalog of catalogs) {
    if (catalog.state !== 'Active') continue;
    const image = images.find(
      (i) =>
        i.state === 'Ready' &&
        i.sessionSupport === catalog.sessionSupport &&
        i.id !== catalog.imageId &&
        !i.isDeprecated &&
        !i.name.endsWith('(fails verification)'),
    );
    if (image) return { catalog, image };
  }
  throw new Error('No Active catalog with an eligible image in the simulator data');
}

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
