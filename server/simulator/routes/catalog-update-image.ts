import { z } from 'zod';
import type { CitrixCatalog } from '../data/catalogs.ts';
import type { CitrixImage } from '../data/citrix-images.ts';
import type { CitrixProblem } from '../errors/citrix-errors.ts';
import type { UpdateImageSettings } from '../state/rollouts.ts';

const int32Max = 2_147_483_647;

/** The documented preconditions (reference/citrix-notes.md §3.2): only these states accept an update. */
export const updatableStates: ReadonlySet<string> = new Set(['Active', 'InputRequired']);

const problem = (kind: string, detail: string, sdkErrorId: string): CitrixProblem => ({
  kind,
  detail,
  sdkErrorId,
});

// The documentation's examples send PascalCase (`TemplateId`), the spec camelCase: the service binds
// either, as ASP.NET does, so keys are matched case-insensitively.
function lowerCaseKeys(body: unknown): Record<string, unknown> | null {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return null;
  return Object.fromEntries(Object.entries(body).map(([key, value]) => [key.toLowerCase(), value]));
}

const bodySchema = z.object({
  templateid: z.string().min(1),
  citrixprepared: z.boolean().optional().default(false),
  // PowerShell's ConvertTo-Json in the documentation sends the delay as a string ("60").
  vdaupdatedelay: z
    .union([
      z.number(),
      z
        .string()
        .regex(/^-?\d+$/)
        .transform(Number),
    ])
    .optional()
    .default(0),
  warningtitle: z.string().nullable().optional().default(null),
  warningmessage: z.string().nullable().optional().default(null),
});

export type ParsedUpdate = { settings: UpdateImageSettings } | { problem: CitrixProblem };

/** Validates the body of `$updateImage`, with the reason in words when it is refused. */
export function parseUpdateImageBody(raw: unknown): ParsedUpdate {
  const body = lowerCaseKeys(raw);
  if (!body)
    return {
      problem: problem('invalidJson', 'The request body must be a JSON object', 'InvalidJson'),
    };
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'body');
    if (field === 'templateid') {
      return {
        problem: problem(
          'missing',
          'templateId is required: the ID of the master image to update the catalog with',
          'MissingTemplateId',
        ),
      };
    }
    if (field === 'vdaupdatedelay') return { problem: invalidDelay() };
    return { problem: problem('invalidString', `${field} must be a string`, 'InvalidParameter') };
  }
  const { templateid, citrixprepared, vdaupdatedelay, warningtitle, warningmessage } = parsed.data;
  if (!Number.isInteger(vdaupdatedelay) || vdaupdatedelay < -1 || vdaupdatedelay > int32Max) {
    return { problem: invalidDelay() };
  }
  return {
    settings: {
      templateId: templateid,
      citrixPrepared: citrixprepared,
      vdaUpdateDelay: vdaupdatedelay,
      warningTitle: warningtitle,
      warningMessage: warningmessage,
    },
  };
}

function invalidDelay(): CitrixProblem {
  return problem(
    'outOfRange',
    'vdaUpdateDelay must be a whole number of minutes: -1 (on next shutdown), 0 (now) or more (spread over that many minutes)',
    'InvalidVdaUpdateDelay',
  );
}

export const updateImageProblems = {
  asyncRequired: () =>
    problem(
      'missing',
      'This is an asynchronous API, so the async query parameter is required to be true',
      'AsyncRequired',
    ),
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
