/**
 * GUIDs for bulk records (sessions, machines) computed from their index instead of stored, so 100,000
 * sessions cost no strings until serialized. The last 8 hex digits are a bijection of the index, which
 * keeps IDs unique and lets `indexFromCompactId` find a record without a lookup table.
 */
const MULTIPLIER = 0x9e3779b1;

/** Modular inverse of MULTIPLIER mod 2^32 (Newton's iteration doubles the correct bits each step). */
const INVERSE = (() => {
  let x = MULTIPLIER;
  for (let i = 0; i < 5; i++) x = Math.imul(x, 2 - Math.imul(MULTIPLIER, x));
  return x >>> 0;
})();

function mix(value: number): number {
  let t = value >>> 0;
  t = Math.imul(t ^ (t >>> 16), 0x45d9f3b);
  t = Math.imul(t ^ (t >>> 16), 0x45d9f3b);
  return (t ^ (t >>> 16)) >>> 0;
}

const hex = (value: number, digits: number) => value.toString(16).padStart(8, '0').slice(-digits);

/** `salt` distinguishes kinds of record (and seeds) so sessions and machines never share IDs. */
export function compactId(rawSalt: number, index: number): string {
  const salt = rawSalt & 0x7fffffff;
  const a = mix(salt ^ index);
  const b = mix(a ^ 0x5bd1e995);
  const c = mix(b ^ index);
  const encoded = Math.imul(index ^ salt, MULTIPLIER) >>> 0;
  const variant = (8 + (c & 3)).toString(16);
  return `${hex(a, 8)}-${hex(b, 4)}-4${hex(b >>> 16, 3)}-${variant}${hex(c, 3)}-${hex(c >>> 12, 4)}${hex(encoded, 8)}`;
}

/** The index a compact ID was made from, or -1 when the ID was not made with this salt. */
export function indexFromCompactId(rawSalt: number, id: string, count: number): number {
  const salt = rawSalt & 0x7fffffff;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)) return -1;
  const encoded = Number.parseInt(id.slice(-8), 16);
  const index = (Math.imul(encoded, INVERSE) >>> 0) ^ salt;
  const valid = index >= 0 && index < count && compactId(rawSalt, index) === id;
  return valid ? index : -1;
}
