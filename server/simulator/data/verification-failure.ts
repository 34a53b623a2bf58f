import type { CitrixCatalog } from './catalogs.ts';
import type { CitrixImage } from './citrix-images.ts';

/** Shown in the image's name, so demos and end-to-end tests can find the image that fails. */
export const verificationFailureSuffix = ' (fails verification)';

// A WeakSet rather than a property: the image objects are served as `TemplateImageOverview`
// (no extra keys), and the flag is simulator behaviour, not API data.
const failingImages = new WeakSet<CitrixImage>();

export function failsVerification(image: CitrixImage): boolean {
  return failingImages.has(image);
}

/**
 * Picks one Ready customer image, deterministically from the generated data, that rolling out
 * will fail at verification, so the console's `Error` path can be exercised. It prefers an image
 * no catalog uses yet whose session support fits an Active catalog, so a rollout can choose it.
 */
export function markVerificationFailure(images: CitrixImage[], catalogs: CitrixCatalog[]): void {
  const activeSupports = new Set(
    catalogs.filter((catalog) => catalog.state === 'Active').map((c) => c.sessionSupport),
  );
  const candidates = images.filter(
    (image) => image.state === 'Ready' && !image.citrixPrepared && !image.isDeprecated,
  );
  const image =
    candidates.find((c) => c.linkedCatalogs === 0 && activeSupports.has(c.sessionSupport)) ??
    candidates.find((c) => activeSupports.has(c.sessionSupport)) ??
    candidates[0];
  if (!image) return;
  const formerName = image.name;
  image.name = `${formerName}${verificationFailureSuffix}`;
  for (const catalog of catalogs) {
    if (catalog.imageId === image.id) catalog.templateImageName = image.name;
  }
  failingImages.add(image);
}
