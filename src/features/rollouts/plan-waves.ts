/**
 * Arranging catalogs in waves: each catalog is in one wave only, and the first wave (the canary)
 * always exists. Pure, so the form's buttons and its tests share one meaning.
 */
export type Waves = string[][];

export const addWave = (waves: Waves): Waves => [...waves, []];

/** Removes a wave; its catalogs go back to the previous wave rather than out of the plan. */
export function removeWave(waves: Waves, index: number): Waves {
  if (waves.length <= 1) return waves;
  const kept = waves.filter((_, i) => i !== index);
  const into = Math.max(0, index - 1);
  return kept.map((wave, i) => (i === into ? [...wave, ...waves[index]!] : wave));
}

export const removeCatalog = (waves: Waves, catalogId: string): Waves =>
  waves.map((wave) => wave.filter((id) => id !== catalogId));

export function addCatalog(waves: Waves, catalogId: string, index: number): Waves {
  const without = removeCatalog(waves, catalogId);
  return without.map((wave, i) => (i === index ? [...wave, catalogId] : wave));
}

/** Wave labels as people read them: "Wave 1 (canary)", "Wave 2". */
export const waveLabel = (index: number) => (index === 0 ? 'Wave 1 (canary)' : `Wave ${index + 1}`);
