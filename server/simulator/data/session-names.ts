import type { Dataset } from './dataset.ts';
import { directoryUser } from './users.ts';
import { clientPlatforms } from './vocabulary.ts';

/**
 * The strings that identify a session (its machine, client and user), computed from the compact row.
 * The session model and the `$search` index both use these, so what a filter matches is exactly what
 * a client reads.
 */
export const ipv4 = (value: number) =>
  [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');

/** Where a machine sits: its catalog (index into the dataset's catalogs) and its number there. */
export interface MachinePlace {
  catalog: number;
  number: number;
}

/** The machine a session runs on. */
export function sessionMachinePlace(dataset: Dataset, index: number): MachinePlace {
  return {
    catalog: dataset.sessions.catalog[index] ?? 0,
    number: dataset.sessions.machine[index] ?? 0,
  };
}

const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .map((word) => word[0] ?? '')
    .join('')
    .toUpperCase();

const prefixCache = new WeakMap<Dataset, string[]>();

/**
 * Each catalog's host-name prefix: its initials, made unique where two catalogs share them
 * ("Design Shared" and "Developers Shared" are DS and DSA), so no two machines share a name.
 */
function catalogPrefixes(dataset: Dataset): string[] {
  const cached = prefixCache.get(dataset);
  if (cached) return cached;
  const natural = dataset.catalogs.map((catalog) => initialsOf(catalog.name));
  const taken = new Set(natural);
  const used = new Set<string>();
  const prefixes = natural.map((initials) => {
    let prefix = initials;
    for (let k = 0; used.has(prefix) || (prefix !== initials && taken.has(prefix)); k++) {
      prefix = `${initials}${String.fromCharCode(65 + (k % 26))}${k >= 26 ? Math.floor(k / 26) : ''}`;
    }
    used.add(prefix);
    return prefix;
  });
  prefixCache.set(dataset, prefixes);
  return prefixes;
}

/** Host names like `FS-SH-0012`: catalog initials, shared/dedicated, machine number. */
export function hostNameAt(dataset: Dataset, place: MachinePlace): string {
  const catalog = dataset.catalogs[place.catalog];
  const shared = catalog?.sessionSupport === 'MultiSession';
  const prefix = catalogPrefixes(dataset)[place.catalog] ?? '';
  return `${prefix}-${shared ? 'SH' : 'VD'}-${String(place.number + 1).padStart(4, '0')}`;
}

/** `CONTOSO\FS-SH-0012`, the machine's `Name` in cvad/manage. */
export function machineNameAt(dataset: Dataset, place: MachinePlace): string {
  return `${dataset.customer.netbiosDomain}\\${hostNameAt(dataset, place)}`;
}

export function dnsNameAt(dataset: Dataset, place: MachinePlace): string {
  return `${hostNameAt(dataset, place)}.${dataset.customer.dnsDomain}`.toLowerCase();
}

export function machineHostName(dataset: Dataset, index: number): string {
  return hostNameAt(dataset, sessionMachinePlace(dataset, index));
}

export function machineName(dataset: Dataset, index: number): string {
  return machineNameAt(dataset, sessionMachinePlace(dataset, index));
}

export function machineDnsName(dataset: Dataset, index: number): string {
  return dnsNameAt(dataset, sessionMachinePlace(dataset, index));
}

export function clientPlatform(dataset: Dataset, index: number) {
  return clientPlatforms[dataset.sessions.clientPlatform[index] ?? 0] ?? clientPlatforms[0];
}

export function clientAddress(dataset: Dataset, index: number): string {
  return ipv4(dataset.sessions.clientIp[index] ?? 0);
}

/** Endpoint names such as `WIN-5K2J1Q`: platform prefix and a stable suffix. */
export function clientName(dataset: Dataset, index: number): string {
  const prefix = clientPlatform(dataset, index).platform.slice(0, 3).toUpperCase();
  return `${prefix}-${(dataset.sessions.clientIp[index] ?? 0).toString(36).toUpperCase()}`;
}

export function sessionUser(dataset: Dataset, index: number) {
  return directoryUser(dataset.customer, dataset.domainSid, dataset.sessions.user[index] ?? 0);
}
