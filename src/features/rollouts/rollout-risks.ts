import type { CitrixImage } from '../../api/citrix/images.ts';

export type RolloutRiskKind = 'os-family' | 'older-vda' | 'deprecated' | 'restart-now';

export interface RolloutRisk {
  kind: RolloutRiskKind;
  words: string;
}

export interface RolloutRiskInput {
  /** The catalog's image now; undefined when the site's images do not include it. */
  current: CitrixImage | undefined;
  next: CitrixImage;
  vdaUpdateDelay: number;
}

/**
 * "Windows Server 2022 Datacenter" → "Windows Server 2022"; "Windows 11 Enterprise multi-session"
 * → "Windows 11": the family an application is certified for. A build (21H2, 23H2) or an edition
 * within it is not a change of family.
 */
function osFamily(image: CitrixImage | undefined): string | null {
  const name = image?.osName;
  if (!name) return null;
  const family = /windows\s+(server\s+\d{4}(\s+r2)?|\d+)/i.exec(name)?.[0];
  return (family ?? name).replace(/\s+/g, ' ').toLowerCase();
}

/**
 * VDA versions as Citrix numbers them: `2407` (year and month, Current Release and LTSR alike)
 * or the older `7.15.8000`. Any 4-digit release is newer than any 7.x one.
 */
function vdaRank(version: string | undefined): number[] | null {
  if (!version || !/^\d+(\.\d+)*$/.test(version.trim())) return null;
  const parts = version.trim().split('.').map(Number);
  return parts[0]! >= 1000 ? [1, ...parts] : [0, ...parts];
}

function isOlder(a: number[], b: number[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const [x, y] = [a[i] ?? 0, b[i] ?? 0];
    if (x !== y) return x < y;
  }
  return false;
}

/**
 * What deserves a second confirmation before an image goes to a catalog: each one has logged
 * off, or broken, somebody's working day in the field. Only what the images say is judged; a
 * value the service left out raises nothing.
 */
export function rolloutRisks({ current, next, vdaUpdateDelay }: RolloutRiskInput): RolloutRisk[] {
  const risks: RolloutRisk[] = [];
  const [from, to] = [osFamily(current), osFamily(next)];
  if (from && to && from !== to) {
    risks.push({
      kind: 'os-family',
      words: `The operating system changes: ${current?.osName} → ${next.osName}. Applications and policies made for one may not work on the other.`,
    });
  }
  const [was, will] = [vdaRank(current?.vdaVersion), vdaRank(next.vdaVersion)];
  if (was && will && isOlder(will, was)) {
    risks.push({
      kind: 'older-vda',
      words: `The new image has an older VDA (${next.vdaVersion}) than the current one (${current?.vdaVersion}): features and fixes users have now may go.`,
    });
  }
  if (next.isDeprecated) {
    risks.push({
      kind: 'deprecated',
      words: `${next.name} is deprecated: it no longer gets updates and may be removed.`,
    });
  }
  if (vdaUpdateDelay === 0) {
    risks.push({
      kind: 'restart-now',
      words:
        'Restart now logs off every session on the catalog’s machines at once, without warning.',
    });
  }
  return risks;
}
