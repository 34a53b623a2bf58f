/**
 * Seeded pseudo-random streams. Data and fault injection never use Math.random, so one SIM_SEED always
 * yields byte-identical data and the same fault sequence.
 */
export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by relative weight: `weighted([['a', 3], ['b', 1]])` returns 'a' three times as often. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** A version-4-shaped GUID built from the stream (deterministic, unlike crypto.randomUUID). */
  guid(): string;
  /** Lowercase base-36 characters, e.g. for Citrix customer IDs like `loy6oujtu6a4`. */
  base36(length: number): string;
  hex(length: number): string;
}

/** mulberry32: tiny, fast, good enough statistical quality for fake data. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, used to derive an independent stream per purpose from one seed. */
function hashLabel(seed: number, label: string): number {
  let hash = 0x811c9dc5 ^ seed;
  for (const char of `${seed}:${label}`) {
    hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  }
  return hash >>> 0;
}

/**
 * One stream per purpose (`'catalogs'`, `'sessions'`, `'faults'`…) so that, say, changing SIM_SESSIONS
 * does not reshuffle the catalogs.
 */
export function createRandom(seed: number, label: string): Random {
  const next = mulberry32(hashLabel(seed, label));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const hex = (length: number) => {
    let out = '';
    for (let i = 0; i < length; i++) out += int(0, 15).toString(16);
    return out;
  };
  return {
    next,
    int,
    hex,
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick() from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      const last = entries[entries.length - 1];
      if (!last) throw new Error('weighted() from an empty list');
      return last[0];
    },
    guid: () => {
      const variant = '89ab'[int(0, 3)] ?? '8';
      return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
    },
    base36: (length) => {
      let out = '';
      for (let i = 0; i < length; i++) out += int(0, 35).toString(36);
      return out;
    },
  };
}
