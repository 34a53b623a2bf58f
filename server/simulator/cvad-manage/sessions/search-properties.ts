import { appStates, protocols, sessionStates } from '../../data/sessions.ts';
import type { SessionStore } from './session-store.ts';
import type { SessionIndex } from './session-index.ts';

/**
 * How each supported `MachineAndSessionSearchProperty` reads from the compact table. `level` says what
 * the value depends on: a user, a catalog or the session itself, so filters are evaluated per user or
 * per catalog where they can be. `live` marks values that actions change (state), which sort caches
 * must then rebuild.
 */
export type SearchProperty =
  | {
      kind: 'text';
      level: 'user' | 'catalog' | 'session';
      live?: boolean;
      value: (i: number) => string;
      /** Every value, by user, catalog or session, when they never change (the start-up index). */
      column?: readonly string[];
    }
  | { kind: 'time'; value: (i: number) => number };

export function searchProperties(
  store: SessionStore,
  index: SessionIndex,
): Record<string, SearchProperty> {
  const { sessions, referenceTime } = store.dataset;
  const catalogs = store.dataset.catalogs;
  const userText = (column: string[]) =>
    ({ kind: 'text', level: 'user', value: (u: number) => column[u] ?? '', column }) as const;
  const sessionText = (column: string[]) =>
    ({ kind: 'text', level: 'session', value: (i: number) => column[i] ?? '', column }) as const;
  const catalogText = (value: (c: number) => string) =>
    ({ kind: 'text', level: 'catalog', value }) as const;
  const lower = (values: readonly string[], at: number | undefined) =>
    (values[at ?? 0] ?? '').toLowerCase();
  return {
    UserName: userText(index.userSam),
    CurrentUser: userText(index.userSam),
    UserDisplayName: userText(index.userDisplay),
    UserPrincipalName: userText(index.userPrincipal),
    MachineName: sessionText(index.machineName),
    DnsName: sessionText(index.dnsName),
    ClientName: sessionText(index.clientName),
    ClientIP: sessionText(index.clientAddress),
    DeliveryGroup: catalogText((c) => index.catalogName[c] ?? ''),
    MachineCatalog: catalogText((c) => index.catalogName[c] ?? ''),
    SessionSupport: catalogText((c) => (catalogs[c]?.sessionSupport ?? '').toLowerCase()),
    ZoneName: catalogText(() => store.dataset.customer.zone.name.toLowerCase()),
    SessionState: {
      kind: 'text',
      level: 'session',
      live: true,
      value: (i) => lower(sessionStates, store.state[i]),
    },
    ConnectionProtocol: {
      kind: 'text',
      level: 'session',
      value: (i) => lower(protocols, sessions.protocol[i]),
    },
    AppState: {
      kind: 'text',
      level: 'session',
      live: true,
      // A disconnected application session lingers (session-model.ts does the same).
      value: (i) =>
        store.state[i] === 3 && sessions.sessionType[i] === 2
          ? 'lingering'
          : lower(appStates, sessions.appState[i]),
    },
    StartTime: {
      kind: 'time',
      value: (i) => referenceTime - (sessions.startedSecondsAgo[i] ?? 0) * 1000,
    },
  };
}
