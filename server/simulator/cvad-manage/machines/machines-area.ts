import type { Dataset } from '../../data/dataset.ts';
import { toMachineDetailModel, toMachineModel } from '../../data/machine-model.ts';
import { indexFromCompactId } from '../../data/compact-ids.ts';
import type { SessionIndex } from '../sessions/session-index.ts';
import type { SessionStore } from '../sessions/session-store.ts';
import { buildMachineIndex } from './machine-index.ts';
import { createMachineSearch } from './machine-search.ts';
import { MachineStore } from './machine-store.ts';

/** The Machines API's state and query machinery, kept on the sessions area it shares jobs with. */
export function createMachinesArea(dataset: Dataset, sessions: SessionStore, index: SessionIndex) {
  const machineIndex = buildMachineIndex(dataset);
  const store = new MachineStore(machineIndex, sessions, dataset);
  const search = createMachineSearch(dataset, store, index);
  const uidOf = (row: number) => machineIndex.uid[row] ?? 0;
  return {
    store,
    ...search,
    /** The row of a machine by `Id` or `Name` (`DOMAIN|host` or `DOMAIN\host`), or -1. */
    find(nameOrId: string): number {
      const uid = indexFromCompactId(
        dataset.idSalts.machine,
        nameOrId.toLowerCase(),
        machineIndex.count,
      );
      if (uid >= 0) return machineIndex.rowOfUid[uid] ?? -1;
      return machineIndex.rowByName(nameOrId) ?? -1;
    },
    toModel: (row: number) =>
      toMachineModel(dataset, machineIndex.place(row), uidOf(row), store.live(row)),
    toDetail: (row: number) =>
      toMachineDetailModel(dataset, machineIndex.place(row), uidOf(row), store.live(row)),
    /** The live machine of a session, for the `Machine` its model embeds. */
    liveOfSession: (session: number) => store.live(machineIndex.rowOfSession(session)),
    rowOfSession: (session: number) => machineIndex.rowOfSession(session),
  };
}

export type MachinesArea = ReturnType<typeof createMachinesArea>;
