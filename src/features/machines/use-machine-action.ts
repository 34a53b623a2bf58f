import { useState } from 'react';
import {
  useRestartMachine,
  useSetMaintenance,
  type JobOutcome,
} from '../../api/citrix/machines.ts';
import type { MachineAction } from './machine-actions.ts';

/** Where the last action on a machine stands: nothing yet, its job running, or how it ended. */
export type MachineActionState =
  | { phase: 'idle' }
  | { phase: 'pending'; action: MachineAction }
  | { phase: 'ended'; action: MachineAction; outcome: JobOutcome };

/** Runs one action at a time on one machine and keeps how the last one ended, for its result line. */
export function useMachineAction(machineId: string) {
  const restart = useRestartMachine();
  const maintenance = useSetMaintenance();
  const [last, setLast] = useState<MachineAction | null>(null);
  const mutation = last === 'restart' ? restart : maintenance;
  const run = (action: MachineAction) => {
    setLast(action);
    if (action === 'restart') restart.mutate(machineId);
    else maintenance.mutate({ machineId, on: action === 'maintenanceOn' });
  };
  let state: MachineActionState = { phase: 'idle' };
  if (last && mutation.isPending) state = { phase: 'pending', action: last };
  else if (last && mutation.data) state = { phase: 'ended', action: last, outcome: mutation.data };
  return { state, run, reset: () => setLast(null) };
}
