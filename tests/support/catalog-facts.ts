/**
 * What the simulator serves through the console's own proxy, read as the browser reads it, so
 * end-to-end tests pick real catalogs and images instead of hard-coded IDs.
 */
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

export async function readCatalogService(consoleUrl: string) {
  const connection = (await (await fetch(`${consoleUrl}/api/connection`)).json()) as {
    citrix: { customerId: string; siteId: string };
  };
  const { customerId, siteId } = connection.citrix;
  const base = `${consoleUrl}/api/catalogservice/${customerId}/${siteId}`;
  const catalogs = ((await (await fetch(`${base}/catalogs`)).json()) as { items: CatalogFacts[] })
    .items;
  const images = ((await (await fetch(`${base}/images`)).json()) as { items: ImageFacts[] }).items;
  return { catalogs, images };
}

/**
 * An Active catalog and a Ready image it can take that passes verification. Searches from the end
 * of the list, so these tests leave the first catalogs to tests/e2e/rollout.test.ts; `skip` keeps
 * two tests in one run apart.
 */
export async function pickRolloutFromEnd(consoleUrl: string, skip: string[] = []) {
  const { catalogs, images } = await readCatalogService(consoleUrl);
  for (const catalog of [...catalogs].reverse()) {
    if (catalog.state !== 'Active' || skip.includes(catalog.id)) continue;
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
