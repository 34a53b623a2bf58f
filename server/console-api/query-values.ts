/** Query strings of the console's own endpoints, read through one zod schema each. */
import type { z } from 'zod';
import { ProxyProblem } from '../proxy/errors.ts';

/** `?name=` (blank) means "not given", as an empty filter box does. */
export const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** Parses the request's query with `schema`; a value it cannot use is a 400 that names it. */
export function readQuery<T extends z.ZodType>(
  schema: T,
  rawUrl: string,
  what: string,
): z.infer<T> {
  const params = new URL(rawUrl, 'http://console.invalid').searchParams;
  const parsed = schema.safeParse(Object.fromEntries(params));
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
  throw new ProxyProblem('bad_request', `The ${what} are not usable: ${problems.join('; ')}.`);
}
