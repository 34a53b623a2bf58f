import type { Catalog } from '../../api/citrix/catalogs.ts';
import type { CitrixImage } from '../../api/citrix/images.ts';
import { rolloutRisks, type RolloutRisk } from './rollout-risks.ts';

/**
 * The second look for a whole plan: each catalog's own risks, named by catalog, so one
 * confirmation covers them all and says which catalog raises which. A restart now is the same
 * for every catalog, so it is said once.
 */
export function planRisks(
  catalogs: Catalog[],
  images: CitrixImage[],
  next: CitrixImage,
  vdaUpdateDelay: number,
): RolloutRisk[] {
  const perCatalog = catalogs.flatMap((catalog) =>
    rolloutRisks({
      current: images.find((image) => image.id === catalog.imageId),
      next,
      vdaUpdateDelay,
    })
      .filter((risk) => risk.kind !== 'restart-now' && risk.kind !== 'deprecated')
      .map((risk) => ({ ...risk, words: `${catalog.name}: ${risk.words}` })),
  );
  // The image's own risks (deprecated) and the restart are the plan's, not one catalog's.
  const shared = rolloutRisks({ current: undefined, next, vdaUpdateDelay }).map((risk) =>
    risk.kind === 'restart-now'
      ? { ...risk, words: `Every catalog in the plan: ${risk.words}` }
      : risk,
  );
  return catalogs.length === 0 ? [] : [...perCatalog, ...shared];
}
