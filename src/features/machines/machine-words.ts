import type { Machine } from '../../api/citrix/machines.ts';

/** A value in words, with the API's own code for the hover title. */
export interface Worded {
  words: string;
  /** The raw value as the API sent it; undefined when it was not reported. */
  code?: string;
}

const notReported: Worded = { words: 'Not reported' };

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

const registrationWords: Record<string, string> = {
  Registered: 'Registered: ready to take sessions',
  Unregistered: 'Not registered: cannot take sessions',
  Initializing: 'Registering',
  AgentError: 'Agent error: its VDA needs attention',
};

/** A code in words: the known ones translated, an unknown one as sent. */
function worded(table: Record<string, string>, code: string | undefined): Worded {
  if (code === undefined) return notReported;
  return { words: table[code] ?? code, code };
}

function flagWords(value: boolean | undefined, yes: string, no: string): Worded {
  if (value === undefined) return notReported;
  return { words: value ? yes : no, code: String(value) };
}

/** Each state the help desk asks about, in words. */
export function machineStateWords(machine: Machine) {
  return {
    power: worded(powerWords, machine.PowerState),
    registration: worded(registrationWords, machine.RegistrationState),
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
