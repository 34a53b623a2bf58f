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

/** Host names like `FS-SH-0012`: catalog initials, shared/dedicated, machine number. */
export function machineHostName(dataset: Dataset, index: number): string {
  const catalog = dataset.catalogs[dataset.sessions.catalog[index] ?? 0];
  const initials = (catalog?.name ?? '')
    .split(/\s+/)
    .map((word) => word[0] ?? '')
    .join('')
    .toUpperCase();
  const shared = catalog?.sessionSupport === 'MultiSession';
  const number = (dataset.sessions.machine[index] ?? 0) + 1;
  return `${initials}-${shared ? 'SH' : 'VD'}-${String(number).padStart(4, '0')}`;
}

/** `CONTOSO\FS-SH-0012`, the machine's `Name` in cvad/manage. */
export function machineName(dataset: Dataset, index: number): string {
  return `${dataset.customer.netbiosDomain}\\${machineHostName(dataset, index)}`;
}

export function machineDnsName(dataset: Dataset, index: number): string {
  return `${machineHostName(dataset, index)}.${dataset.customer.dnsDomain}`.toLowerCase();
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
