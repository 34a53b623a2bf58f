import type { Dataset } from './dataset.ts';
import { seededMachineLive, toMachineModel, type MachineLive } from './machine-model.ts';
import { sessionMachinePlace } from './session-names.ts';

const allScope = {
  Id: '00000000-0000-0000-0000-000000000000',
  Uid: null,
  Name: 'All',
  Description: null,
  IsBuiltIn: true,
  IsAllScope: true,
  IsTenantScope: false,
  TenantId: null,
  TenantName: null,
};

/** Delegated-admin scopes exactly as seed 003 shows them: the built-in "All" scope on catalog and group. */
export const allContainerScopes = [
  { Scopes: [allScope], ScopeType: 'MachineCatalog' },
  { Scopes: [allScope], ScopeType: 'DeliveryGroup' },
];

/** The machine a session runs on: its place, and its site-wide number (see `toMachineModel`). */
export function sessionMachineUid(dataset: Dataset, index: number): number {
  const { catalog, number } = sessionMachinePlace(dataset, index);
  return (dataset.sessions.machineOffsets[catalog] ?? 0) + number;
}

/**
 * The `Machine` of a SessionResponseModel: the VDA the session runs on, as `GET /Machines/{id}`
 * shows it. Without `live` (the machine store's view), the machine is as the seed left it.
 */
export function toSessionMachine(
  dataset: Dataset,
  index: number,
  disconnected: boolean,
  live?: MachineLive,
) {
  const place = sessionMachinePlace(dataset, index);
  const uid = sessionMachineUid(dataset, index);
  const sessionCount = dataset.sessions.machineSessionCounts[place.catalog]?.[place.number] ?? 1;
  return toMachineModel(
    dataset,
    place,
    uid,
    live ?? {
      ...seededMachineLive(dataset, place, uid, sessionCount),
      sessionCount,
      disconnected,
    },
  );
}
