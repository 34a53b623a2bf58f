import { z } from 'zod';
import { withCanonicalNames } from '../../json-binding.ts';
import { machineNameAt } from '../../data/session-names.ts';
import type { SessionsArea } from '../sessions/sessions-area.ts';

/**
 * `UpdateMachineRequestModel`. The simulator changes `InMaintenanceMode` only (null: unchanged);
 * the other documented fields are refused by name rather than ignored, so a client never
 * believes an assignment or a rename happened.
 */
const updateFields = [
  'AssignedClientName',
  'AssignedIPAddress',
  'AssignedUsers',
  'HostedMachineId',
  'HypervisorConnection',
  'InMaintenanceMode',
  'PublishedName',
  'Icon',
  'Metadata',
] as const;

const updateMachineSchema = z
  .object({ InMaintenanceMode: z.boolean().nullish() })
  .catchall(z.unknown())
  .superRefine((body, context) => {
    for (const [key, value] of Object.entries(body)) {
      if (key === 'InMaintenanceMode' || value === null || value === undefined) continue;
      const known = (updateFields as readonly string[]).includes(key);
      context.addIssue({
        code: 'custom',
        path: [key],
        message: known
          ? 'the simulator changes InMaintenanceMode only'
          : 'not a field of UpdateMachineRequestModel',
      });
    }
  });

export type MachineUpdate = { InMaintenanceMode?: boolean | null };

/** Binds a PATCH body (camelCase keys too, as the service's binder does), or says what is wrong. */
export function bindMachineUpdate(raw: unknown) {
  return updateMachineSchema.safeParse(withCanonicalNames(raw, updateFields));
}

/** How long the asynchronous jobs take on the simulator clock. */
const restartMs = 4000;
const updateMs = 1000;

/** The job's Parameters, as documented: `Id` and `Name` of the machine. */
function jobParameters(area: SessionsArea, row: number) {
  const { index } = area.machines.store;
  return [
    { Name: 'Id', Value: area.machines.toModel(row).Id },
    { Name: 'Name', Value: machineNameAt(area.store.dataset, index.place(row)) },
  ];
}

/** `$reboot?async=true`: a `RebootMachines` job; the restart (ending sessions) lands at its end. */
export function startRestartJob(area: SessionsArea, row: number, owner: string, now: () => number) {
  area.machines.store.beginRestart(row);
  return area.jobs.create({
    type: 'RebootMachines',
    parameters: jobParameters(area, row),
    owner,
    durationMs: restartMs,
    complete: () => {
      area.machines.store.restart(row, now());
      return undefined;
    },
  });
}

/** `PATCH ?async=true`: an `UpdateMachineCatalogMachine` job; the update lands at its end. */
export function startUpdateJob(
  area: SessionsArea,
  row: number,
  update: MachineUpdate,
  owner: string,
) {
  return area.jobs.create({
    type: 'UpdateMachineCatalogMachine',
    parameters: jobParameters(area, row),
    owner,
    durationMs: updateMs,
    complete: () => {
      applyMachineUpdate(area, row, update);
      return undefined;
    },
  });
}

export function applyMachineUpdate(area: SessionsArea, row: number, update: MachineUpdate): void {
  if (typeof update.InMaintenanceMode === 'boolean') {
    area.machines.store.setMaintenance(row, update.InMaintenanceMode);
  }
}
