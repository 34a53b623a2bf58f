import type { Machine } from '../../api/citrix/machines.ts';
import { codeTables, notReported, worded, type Worded } from '../../lib/code-words.ts';

const powerWords: Record<string, string> = {
  On: 'On',
  Off: 'Off',
  TurningOn: 'Turning on',
  TurningOff: 'Turning off',
  Suspended: 'Suspended',
  Suspending: 'Suspending',
  Resuming: 'Resuming',
  Unmanaged: 'Not power-managed',
  Unavailable: 'Unavailable to the hypervisor',
  Unknown: 'Unknown',
};

function flagWords(value: boolean | undefined, yes: string, no: string): Worded {
  if (value === undefined) return notReported;
  return { words: value ? yes : no, code: String(value) };
}

/** Each state the help desk asks about, in words. */
export function machineStateWords(machine: Machine) {
  return {
    power: worded(powerWords, machine.PowerState) ?? notReported,
    registration: worded(codeTables.registration, machine.RegistrationState) ?? notReported,
    maintenance: flagWords(
      machine.InMaintenanceMode,
      'On: no new sessions start on it',
      'Off: it takes new sessions',
    ),
    image: flagWords(
      machine.Hosting?.ImageOutOfDate,
      'Out of date: it gets its catalog’s image at the next restart',
      'Up to date',
    ),
  };
}

/** "3 sessions", "1 session", "no sessions" (or "an unknown number of sessions"). */
export function sessionCountWords(count: number | undefined): string {
  if (count === undefined) return 'an unknown number of sessions';
  if (count === 0) return 'no sessions';
  return `${count} session${count === 1 ? '' : 's'}`;
}

export function machineLabel(machine: Machine): string {
  return machine.Name ?? machine.DnsName ?? `Machine ${machine.Id}`;
}
