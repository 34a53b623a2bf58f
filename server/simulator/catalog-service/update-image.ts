import { z } from 'zod';
import type { CitrixCatalog } from '../data/catalogs.ts';
import type { CitrixImage } from '../data/citrix-images.ts';
import type { CitrixProblem } from '../citrix-problems.ts';
import { withCanonicalNames } from '../json-binding.ts';
import type { UpdateImageSettings } from './rollouts.ts';

const int32Max = 2_147_483_647;

/** The documented preconditions (reference/citrix-notes.md §3.2): only these states accept an update. */
export const updatableStates: ReadonlySet<string> = new Set(['Active', 'InputRequired']);

const problem = (kind: string, detail: string, sdkErrorId: string): CitrixProblem => ({
  kind,
  detail,
  sdkErrorId,
});

const bodySchema = z.object({
  templateId: z.string().min(1),
  citrixPrepared: z.boolean().optional().default(false),
  // PowerShell's ConvertTo-Json in the documentation sends the delay as a string ("60").
  vdaUpdateDelay: z
    .union([
      z.number(),
      z
        .string()
        .regex(/^-?\d+$/)
        .transform(Number),
    ])
    .optional()
    .default(0),
  warningTitle: z.string().nullable().optional().default(null),
  warningMessage: z.string().nullable().optional().default(null),
});

export type ParsedUpdate = { settings: UpdateImageSettings } | { problem: CitrixProblem };

/**
 * Validates the body of `$updateImage` and `updateImage` (`UpdateCatalogTemplateImageModel`), with
 * the reason in words when it is refused. Keys bind without regard to case (json-binding.ts).
 */
export function parseUpdateImageBody(raw: unknown): ParsedUpdate {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return {
      problem: problem('invalidJson', 'The request body must be a JSON object', 'InvalidJson'),
    };
  const parsed = bodySchema.safeParse(withCanonicalNames(raw, Object.keys(bodySchema.shape)));
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'body');
    if (field === 'templateId') {
      return {
        problem: problem(
          'missing',
          'templateId is required: the ID of the master image to update the catalog with',
          'MissingTemplateId',
        ),
      };
    }
    if (field === 'vdaUpdateDelay') return { problem: invalidDelay() };
    return { problem: problem('invalidString', `${field} must be a string`, 'InvalidParameter') };
  }
  const { vdaUpdateDelay } = parsed.data;
  if (!Number.isInteger(vdaUpdateDelay) || vdaUpdateDelay < -1 || vdaUpdateDelay > int32Max) {
    return { problem: invalidDelay() };
  }
  return { settings: parsed.data };
}

function invalidDelay(): CitrixProblem {
  return problem(
    'outOfRange',
    'vdaUpdateDelay must be a whole number of minutes: -1 (on next shutdown), 0 (now) or more (spread over that many minutes)',
    'InvalidVdaUpdateDelay',
  );
}

export const updateImageProblems = {
  /** `retryPath`: the request's own path and query with `async=true` set, to copy as it is. */
  asyncRequired: (retryPath: string): CitrixProblem => ({
    ...problem(
      'missing',
      `Add ?async=true to the request URL: POST ${retryPath}. $updateImage is asynchronous ` +
        '(202 Accepted, then follow the Location header until the catalog is Active or ' +
        'InputRequired); the OpenAPI spec and the clients generated from it leave the ' +
        'parameter out. A client that cannot add it can call POST …/catalogs/{catalogId}/updateImage ' +
        '(UpdateCatalogImage) instead, which takes the same body without it.',
      'AsyncRequired',
    ),
    parameters: [{ name: 'parameter', value: 'async' }],
  }),
  catalogBusy: (catalog: CitrixCatalog) =>
    problem(
      'conflict',
      catalog.state === 'Processing'
        ? `Catalog ${catalog.name} is already being updated; wait until it is Active or InputRequired`
        : `Catalog ${catalog.name} is ${catalog.state}; its image can only be updated when it is Active or InputRequired`,
      'CatalogNotInValidState',
    ),
  imageNotFound: (id: string) =>
    problem('notFound', `Master image ${id} was not found`, 'TemplateImageNotFound'),
  imageNotReady: (image: CitrixImage) =>
    problem(
      'invalidState',
      `Master image ${image.name} is ${image.state}, not Ready`,
      'TemplateImageNotReady',
    ),
  sessionSupportMismatch: (image: CitrixImage, catalog: CitrixCatalog) =>
    problem(
      'invalidState',
      `Master image ${image.name} is ${image.sessionSupport} but catalog ${catalog.name} is ${catalog.sessionSupport}`,
      'SessionSupportMismatch',
    ),
};

/** Why this image cannot go to this catalog, or null when it can. */
export function imageRefusal(image: CitrixImage | undefined, id: string, catalog: CitrixCatalog) {
  if (!image) return updateImageProblems.imageNotFound(id);
  if (image.state !== 'Ready') return updateImageProblems.imageNotReady(image);
  if (image.sessionSupport !== catalog.sessionSupport) {
    return updateImageProblems.sessionSupportMismatch(image, catalog);
  }
  return null;
}

export type UpdateCheck =
  | { image: CitrixImage; settings: UpdateImageSettings }
  /** `conflict`: the catalog cannot take an update now; otherwise the request itself is wrong. */
  | { problem: CitrixProblem; conflict: boolean };

/**
 * Everything `$updateImage` and the legacy `updateImage` check once the catalog is found: the
 * body, the catalog's state, then the image. Each operation answers the outcome in its own
 * documented status codes.
 */
export function checkImageUpdate(
  catalog: CitrixCatalog,
  body: unknown,
  images: readonly CitrixImage[],
): UpdateCheck {
  const parsed = parseUpdateImageBody(body);
  if ('problem' in parsed) return { problem: parsed.problem, conflict: false };
  if (!updatableStates.has(catalog.state)) {
    return { problem: updateImageProblems.catalogBusy(catalog), conflict: true };
  }
  const { templateId } = parsed.settings;
  const image = images.find((candidate) => candidate.id === templateId);
  const refusal = imageRefusal(image, templateId, catalog);
  if (refusal || !image) {
    return { problem: refusal ?? updateImageProblems.imageNotFound(templateId), conflict: false };
  }
  return { image, settings: parsed.settings };
}
