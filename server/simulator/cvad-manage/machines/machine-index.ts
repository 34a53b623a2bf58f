import type { Dataset } from '../../data/dataset.ts';
import { machineNameAt, type MachinePlace } from '../../data/session-names.ts';

/**
 * Every machine of the site, as rows ordered by catalog, then machine number. A catalog's first
 * machines are the ones its seeded sessions run on (numbered as `sessions.machine`), the rest are
 * idle, up to the catalog's `totalMachinesInCatalog`, so catalogs, sessions and machines agree.
 * Session machines keep the site-wide number (`uid`) the session model gives them; idle ones are
 * numbered after all of those, so no two machines share an `Id`.
 */
export interface MachineIndex {
  count: number;
  catalog: Uint16Array;
  number: Uint32Array;
  uid: Uint32Array;
  /** The row of each uid. */
  rowOfUid: Uint32Array;
  /** Sessions of each row, seeded: `sessionList[sessionStart[row] .. sessionStart[row + 1]]`. */
  sessionStart: Uint32Array;
  sessionList: Uint32Array;
  /** The row of the first machine of each catalog. */
  catalogStart: Uint32Array;
  rowOfSession(session: number): number;
  place(row: number): MachinePlace;
  /** The row of a machine `Name` (`DOMAIN\host`, or `DOMAIN|host` as the API takes it in paths). */
  rowByName(name: string): number | undefined;
}

export function buildMachineIndex(dataset: Dataset): MachineIndex {
  const { sessions, catalogs } = dataset;
  const withSessions = sessions.machineSessionCounts.map((counts) => counts.length);
  const totals = catalogs.map((catalog, c) =>
    Math.max(withSessions[c] ?? 0, catalog.totalMachinesInCatalog),
  );
  const count = totals.reduce((sum, total) => sum + total, 0);
  const sessionMachines = withSessions.reduce((sum, n) => sum + n, 0);
  const index = {
    count,
    catalog: new Uint16Array(count),
    number: new Uint32Array(count),
    uid: new Uint32Array(count),
    rowOfUid: new Uint32Array(count),
    sessionStart: new Uint32Array(count + 1),
    sessionList: new Uint32Array(sessions.count),
    catalogStart: new Uint32Array(catalogs.length),
  };
  let row = 0;
  let idleUid = sessionMachines;
  totals.forEach((total, c) => {
    index.catalogStart[c] = row;
    for (let n = 0; n < total; n++, row++) {
      const uid = n < (withSessions[c] ?? 0) ? (sessions.machineOffsets[c] ?? 0) + n : idleUid++;
      index.catalog[row] = c;
      index.number[row] = n;
      index.uid[row] = uid;
      index.rowOfUid[uid] = row;
    }
  });
  const rowOfSession = (i: number) =>
    (index.catalogStart[sessions.catalog[i] ?? 0] ?? 0) + (sessions.machine[i] ?? 0);
  // Counting sort of sessions by machine row.
  for (let i = 0; i < sessions.count; i++) index.sessionStart[rowOfSession(i) + 1]! += 1;
  for (let r = 0; r < count; r++) index.sessionStart[r + 1]! += index.sessionStart[r]!;
  const next = index.sessionStart.slice(0, count);
  for (let i = 0; i < sessions.count; i++) index.sessionList[next[rowOfSession(i)]!++] = i;
  const place = (r: number): MachinePlace => ({
    catalog: index.catalog[r] ?? 0,
    number: index.number[r] ?? 0,
  });
  let names: Map<string, number> | undefined;
  return {
    ...index,
    rowOfSession,
    place,
    rowByName(name) {
      // Built on first use: only lookups by name need every machine's name as a string.
      if (!names) {
        names = new Map();
        for (let r = count - 1; r >= 0; r--) {
          names.set(machineNameAt(dataset, place(r)).toLowerCase(), r);
        }
      }
      return names.get(name.replace('|', '\\').toLowerCase());
    },
  };
}
