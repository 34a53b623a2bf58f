/**
 * What the simulator serves through the console's own proxy, read as the browser reads it, so
 * end-to-end tests pick real catalogs and images instead of hard-coded IDs.
 */
import type { CitrixImage } from '../../src/api/citrix/images.ts';
import { rolloutRisks } from '../../src/features/rollouts/rollout-risks.ts';

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
  osName?: string;
  vdaVersion?: string;
}

/** GET as JSON, asking again when an injected fault gets in the way (the test's own reads). */
export async function readJson<T>(url: string, cookie: string | null): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(url, { headers: cookie ? { Cookie: cookie } : {} });
      if (response.ok) return (await response.json()) as T;
    } catch (error) {
      if (attempt >= 10) throw error;
    }
    if (attempt >= 10) throw new Error(`No good answer from ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** `cookie`: a signed-in session's Cookie header (the API answers nobody else). */
export async function readCatalogService(consoleUrl: string, cookie: string | null) {
  const connection = await readJson<{ citrix: { customerId: string; siteId: string } }>(
    `${consoleUrl}/api/connection`,
    cookie,
  );
  const { customerId, siteId } = connection.citrix;
  const base = `${consoleUrl}/api/catalogservice/${customerId}/${siteId}`;
  const catalogs = (await readJson<{ items: CatalogFacts[] }>(`${base}/catalogs`, cookie)).items;
  const images = (await readJson<{ items: ImageFacts[] }>(`${base}/images`, cookie)).items;
  return { catalogs, images };
}

export interface RolloutChoice {
  /** The image the simulator is set to fail verification, instead of one that passes. */
  failing?: boolean;
  /** Catalogs another test in the same run already used. */
  skip?: string[];
  /** Search from the end of the list, leaving the first catalogs to tests/e2e/rollout.test.ts. */
  fromEnd?: boolean;
}

/**
 * Whether the wizard asks for a second confirmation for this image (another OS family, an older
 * VDA): the tests that walk a plain rollout pick one it does not, as an admin usually would.
 */
function needsSecondLook(catalog: CatalogFacts, image: ImageFacts, images: ImageFacts[]) {
  const current = images.find((i) => i.id === catalog.imageId);
  const risks = rolloutRisks({
    current: current as CitrixImage | undefined,
    next: image as CitrixImage,
    vdaUpdateDelay: -1,
  });
  return risks.length > 0;
}

/** An Active catalog and a Ready image of its session support that it does not run yet. */
export function findRollout(
  catalogs: CatalogFacts[],
  images: ImageFacts[],
  { failing = false, skip = [], fromEnd = false }: RolloutChoice = {},
) {
  for (const catalog of fromEnd ? [...catalogs].reverse() : catalogs) {
    if (catalog.state !== 'Active' || skip.includes(catalog.id)) continue;
    const image = images.find(
      (i) =>
        i.state === 'Ready' &&
        i.sessionSupport === catalog.sessionSupport &&
        i.id !== catalog.imageId &&
        !i.isDeprecated &&
        i.name.endsWith('(fails verification)') === failing &&
        // The one failing image may need a second look wherever it goes; the test gives it.
        (failing || !needsSecondLook(catalog, i, images)),
    );
    if (image) return { catalog, image };
  }
  throw new Error('No Active catalog with an eligible image in the simulator data');
}

export async function pickRolloutFromEnd(
  consoleUrl: string,
  cookie: string | null,
  skip: string[] = [],
) {
  const { catalogs, images } = await readCatalogService(consoleUrl, cookie);
  return findRollout(catalogs, images, { skip, fromEnd: true });
}

/**
 * One image and `count` Active catalogs that can all take it with no second look (same session
 * support, not running it yet): a plan an admin would make without warnings. `failing` picks the
 * image the simulator fails verification instead.
 */
export function findPlan(
  catalogs: CatalogFacts[],
  images: ImageFacts[],
  count: number,
  { failing = false }: { failing?: boolean } = {},
) {
  for (const image of images) {
    if (image.state !== 'Ready' || image.isDeprecated) continue;
    if (image.name.endsWith('(fails verification)') !== failing) continue;
    const takers = catalogs.filter(
      (c) =>
        c.state === 'Active' &&
        c.sessionSupport === image.sessionSupport &&
        c.imageId !== image.id &&
        // The failing image may need a second look wherever it goes; the test gives it.
        (failing || !needsSecondLook(c, image, images)),
    );
    if (takers.length >= count) return { image, catalogs: takers.slice(0, count) };
  }
  throw new Error(`No image that ${count} Active catalogs can take without a second look`);
}
