/** Turning JavaScript values into parameters that mean the same on both drivers. */

/**
 * A jsonb parameter (bind it as `$n::jsonb`). node-postgres would send a JavaScript array as a
 * PostgreSQL array literal, so the JSON text is made here, once, for both drivers; `null` and
 * `undefined` become SQL NULL.
 */
export function jsonParameter(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/** An ILIKE pattern matching `text` anywhere, with the user's own `%`, `_` and `\` taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids are uuid columns: PostgreSQL rejects any other text with an error, so a lookup of an id
 * that cannot exist is answered as "not found" before it reaches the database.
 */
export function isUuid(id: string): boolean {
  return uuidPattern.test(id);
}
