import type { Operation } from '../../../contracts/identity-api.ts';
import type { ApiProblem } from '../../lib/api-problem.ts';
import type { Catalog } from '../../api/citrix/catalogs.ts';
import type { CitrixImage } from '../../api/citrix/images.ts';
import { stateWords } from '../../lib/catalog-words.ts';
import { inWords, spacedWords } from '../../lib/code-words.ts';
import { dateTimeInWords } from './operation-words.ts';

export type PreflightResult =
  | { ok: true }
  | {
      ok: false;
      reason: string;
      advice: string;
      /** The rollout that holds the catalog, to follow instead of waiting blind. */
      runningRolloutId?: string;
    };

const waitAdvice = 'Wait for it to finish, then start the new rollout.';

/**
 * The documented precondition: a catalog takes a new image only when it is `Active` or
 * `InputRequired`, and not while an update it was given is still running. `running` is the
 * server's record of a rollout on it that has not ended, whoever started it.
 */
export function preflight(catalog: Catalog, running: Operation | undefined): PreflightResult {
  if (running) {
    return {
      ok: false,
      reason: `A rollout is already running on ${catalog.name}: ${running.startedBy.name} started it at ${dateTimeInWords(running.startedAt)}.`,
      advice: waitAdvice,
      runningRolloutId: running.id,
    };
  }
  if (catalog.state === 'Processing') {
    return {
      ok: false,
      reason: `An operation is already running on ${catalog.name}.`,
      advice: waitAdvice,
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
      reason: `${catalog.name} is in the ${stateWords(catalog.state).label} state: only an active catalog, or one that needs input, can take a new image.`,
      advice: advice[catalog.state] ?? 'Wait until the catalog is active.',
    };
  }
  return { ok: true };
}

/** When the server's running rollouts could not be read, the check cannot pass. */
export function preflightUnchecked(catalog: Catalog, problem: ApiProblem): PreflightResult {
  return {
    ok: false,
    reason: `The console could not check whether a rollout is already running on ${catalog.name}: ${problem.title}.`,
    advice: problem.message,
  };
}

/** Images a catalog can take: Ready, and made for the same kind of sessions. */
export function eligibleImages(images: CitrixImage[], catalog: Catalog): CitrixImage[] {
  return images.filter(
    (image) => image.state === 'Ready' && image.sessionSupport === catalog.sessionSupport,
  );
}

/** "single-session machines"; "machines of another kind" when the API did not say. */
function machinesFor(sessionSupport: string | null | undefined) {
  const words = inWords('sessionSupport', sessionSupport)?.words.toLowerCase();
  return words ? `${words} machines` : 'machines of another kind';
}

/** Why an image someone picked (e.g. from the gallery) cannot go to this catalog. */
export function imageIneligibility(image: CitrixImage, catalog: Catalog): string | null {
  if (image.state !== 'Ready')
    return `${image.name} is ${spacedWords(image.state).toLowerCase()}, not Ready.`;
  if (image.sessionSupport !== catalog.sessionSupport) {
    return `${image.name} is for ${machinesFor(image.sessionSupport)}; ${catalog.name} is for ${machinesFor(catalog.sessionSupport)}.`;
  }
  return null;
}

export interface ImageChoice {
  /** The image the address names, when this catalog can take it and does not have it yet. */
  chosen: CitrixImage | undefined;
  /** Why the image the address names cannot be used, if it cannot. */
  refusal: string | null;
}

/**
 * Checks the image the address names against the catalog. `images` is undefined until the site's
 * images are known; after that, an ID the site does not have is said in words, not dropped.
 */
export function imageChoice(
  images: CitrixImage[] | undefined,
  imageId: string | null,
  catalog: Catalog | undefined,
): ImageChoice {
  const requested = images?.find((image) => image.id === imageId);
  const unknownImage =
    imageId !== null && images !== undefined && requested === undefined
      ? `No image with ID ‘${imageId}’ exists in this site.`
      : null;
  const refusal =
    (requested && catalog ? imageIneligibility(requested, catalog) : null) ?? unknownImage;
  const chosen = requested && !refusal && requested.id !== catalog?.imageId ? requested : undefined;
  return { chosen, refusal };
}
