import type { Catalog, RolloutImage } from './api/catalog-schemas.ts';
import { stateWords } from './catalog-words.ts';
import type { RolloutRecord } from './rollout-store.ts';

export type PreflightResult = { ok: true } | { ok: false; reason: string; advice: string };

/**
 * The documented precondition: a catalog takes a new image only when it is `Active` or
 * `InputRequired`, and not while an update it was given is still running.
 */
export function preflight(catalog: Catalog, running: RolloutRecord | undefined): PreflightResult {
  if (running || catalog.state === 'Processing') {
    return {
      ok: false,
      reason: `An operation is already running on ${catalog.name}.`,
      advice: 'Wait for it to finish, then start the new rollout.',
    };
  }
  if (catalog.state !== 'Active' && catalog.state !== 'InputRequired') {
    const advice: Record<string, string> = {
      Error: 'Resolve the catalog’s error first (see its status on the catalog page).',
      PreDeployment: 'Deploy the catalog’s machines first.',
      Deleting: 'The catalog is being deleted.',
    };
    return {
      ok: false,
      reason: `${catalog.name} is ${stateWords(catalog.state).label.toLowerCase()}: only an active catalog, or one that needs input, can take a new image.`,
      advice: advice[catalog.state] ?? 'Wait until the catalog is active.',
    };
  }
  return { ok: true };
}

/** Images a catalog can take: Ready, and made for the same kind of sessions. */
export function eligibleImages(images: RolloutImage[], catalog: Catalog): RolloutImage[] {
  return images.filter(
    (image) => image.state === 'Ready' && image.sessionSupport === catalog.sessionSupport,
  );
}

/** Why an image someone picked (e.g. from the gallery) cannot go to this catalog. */
export function imageIneligibility(image: RolloutImage, catalog: Catalog): string | null {
  if (image.state !== 'Ready') return `${image.name} is ${image.state}, not Ready.`;
  if (image.sessionSupport !== catalog.sessionSupport) {
    return `${image.name} is for ${image.sessionSupport} machines; ${catalog.name} is ${catalog.sessionSupport ?? 'of another kind'}.`;
  }
  return null;
}
