import type { Dataset } from '../../data/dataset.ts';
import {
  clientAddress,
  clientName,
  machineDnsName,
  machineName,
} from '../../data/session-names.ts';
import { directoryUser } from '../../data/users.ts';

/**
 * Lower-cased strings that `$search` compares, computed once at start-up. User strings are kept per
 * user (about three sessions for four users), catalog names per catalog, so a filter on a user
 * property is evaluated once per user and a catalog filter once per catalog, not once per session.
 */
export interface SessionIndex {
  userSam: string[];
  userDisplay: string[];
  userPrincipal: string[];
  catalogName: string[];
  machineName: string[];
  dnsName: string[];
  clientName: string[];
  clientAddress: string[];
}

export function buildSessionIndex(dataset: Dataset): SessionIndex {
  const { sessions, customer, domainSid } = dataset;
  const users = Array.from({ length: sessions.userCount }, (_, i) =>
    directoryUser(customer, domainSid, i),
  );
  const perSession = (value: (index: number) => string) =>
    Array.from({ length: sessions.count }, (_, i) => value(i).toLowerCase());
  return {
    userSam: users.map((user) => user.samName.toLowerCase()),
    userDisplay: users.map((user) => user.displayName.toLowerCase()),
    userPrincipal: users.map((user) => user.principalName.toLowerCase()),
    catalogName: dataset.catalogs.map((catalog) => catalog.name.toLowerCase()),
    machineName: perSession((i) => machineName(dataset, i)),
    dnsName: perSession((i) => machineDnsName(dataset, i)),
    clientName: perSession((i) => clientName(dataset, i)),
    clientAddress: perSession((i) => clientAddress(dataset, i)),
  };
}
