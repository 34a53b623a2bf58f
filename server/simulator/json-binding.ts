/**
 * How Citrix's services read a JSON request body. Both are ASP.NET services, whose JSON binder
 * matches property names and enum names without regard to case: the documentation's examples send
 * PascalCase (`TemplateId`, `SearchFilters`), the specs and the clients generated from them send
 * camelCase (`templateId`, `searchFilters`), and both bind the same.
 */

export type JsonBody =
  { ok: true; value: unknown } | { ok: false; reason: 'empty' | 'invalid'; detail: string };

/** Reads a request body as JSON, telling an empty body from one that is not JSON at all. */
export async function readJsonBody(request: { text(): Promise<string> }): Promise<JsonBody> {
  const text = await request.text().catch(() => '');
  if (text.trim() === '') {
    return { ok: false, reason: 'empty', detail: 'A non-empty request body is required.' };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const why = error instanceof SyntaxError ? `: ${error.message}` : '';
    return { ok: false, reason: 'invalid', detail: `The request body is not valid JSON${why}` };
  }
}

/**
 * `value` with every object key that equals one of `names` ignoring case renamed to that name, at
 * any depth (arrays included). Unknown keys stay as they are. When two keys differ only in case,
 * the later one wins, as the binder keeps the last value it reads.
 */
export function withCanonicalNames(value: unknown, names: readonly string[]): unknown {
  const canonical = new Map(names.map((name) => [name.toLowerCase(), name]));
  const rename = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rename);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, item]) => [
        canonical.get(key.toLowerCase()) ?? key,
        rename(item),
      ]),
    );
  };
  return rename(value);
}

/** An enum value as the binder reads it: `equals` is `Equals`; anything else is left for validation. */
export function canonicalEnumValue<T extends string>(
  value: unknown,
  members: readonly T[],
): unknown {
  if (typeof value !== 'string') return value;
  const wanted = value.toLowerCase();
  return members.find((member) => member.toLowerCase() === wanted) ?? value;
}
