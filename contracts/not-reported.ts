/**
 * "Not reported", read one way. The clouds say a value is unknown in three ways: they leave it out,
 * send null (seed 003 writes ninety session fields as null), or send "" (seed 000's Ready image has
 * `"status": ""`; the catalog service spec's own CatalogWarning example has `"type": ""`). Parsed
 * with these, all three arrive as undefined, so a screen has one case to handle and `??` falls back
 * as it should. Shared by the browser's schemas and the proxy's (site discovery).
 */
// zod/mini, as every schema the browser loads: classic zod's chained methods would bring its whole
// API into the pages. The proxy's classic schemas take these in and pass their own to
// `notReported`: classic and mini schemas are both zod 4 core schemas.
import { z } from 'zod/mini';

const blankAsMissing = (value: unknown) => (value === null || value === '' ? undefined : value);

/**
 * The type classic zod's `z.preprocess` gives: a key the input may leave out. A pipe's type takes
 * that from its transform, whose type says it may or may not; at run time both are the same pipe,
 * and a transform takes a missing key (zod sets its `optin` to "optional").
 */
interface NotReported<T extends z.core.$ZodType> extends z.ZodMiniPipe<
  z.core.$ZodTransform<unknown, unknown>,
  z.ZodMiniOptional<T>
> {
  _zod: z.core.$ZodPreprocessInternals<z.ZodMiniOptional<T>>;
}

/** `schema`, or undefined when the value is missing, null or "". */
export function notReported<T extends z.core.$ZodType>(schema: T): NotReported<T> {
  // Classic zod's `z.preprocess(blankAsMissing, schema.optional())` is this pipe.
  return z.pipe(
    z.transform<unknown, unknown>(blankAsMissing),
    z.optional(schema),
  ) as NotReported<T>;
}

/** Text that may not be reported: a non-empty string, or undefined. */
export const optionalText = notReported(z.string());
