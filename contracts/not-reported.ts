/**
 * "Not reported", read one way. The clouds say a value is unknown in three ways: they leave it out,
 * send null (seed 003 writes ninety session fields as null), or send "" (seed 000's Ready image has
 * `"status": ""`; the catalog service spec's own CatalogWarning example has `"type": ""`). Parsed
 * with these, all three arrive as undefined, so a screen has one case to handle and `??` falls back
 * as it should. Shared by the browser's schemas and the proxy's (site discovery).
 */
import { z } from 'zod';

const blankAsMissing = (value: unknown) => (value === null || value === '' ? undefined : value);

/** `schema`, or undefined when the value is missing, null or "". */
export function notReported<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankAsMissing, schema.optional());
}

/** Text that may not be reported: a non-empty string, or undefined. */
export const optionalText = notReported(z.string());
