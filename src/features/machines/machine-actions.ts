import type { Machine } from '../../api/citrix/machines.ts';
import { machineLabel, sessionCountWords } from './machine-words.ts';

export type MachineAction = 'restart' | 'maintenanceOn' | 'maintenanceOff';

export interface MachineActionWords {
  /** The button and the confirming button. */
  verb: string;
  /** While its job runs. */
  pending: string;
  /** When its job has ended well. */
  done: string;
  /** What happens, named for this machine. */
  consequence: (machine: Machine) => string;
}

export const machineActionWords: Record<MachineAction, MachineActionWords> = {
  restart: {
    verb: 'Restart',
    pending: 'Restarting: waiting for the job to finish…',
    done: 'Done: the machine restarted.',
    consequence: (machine) => {
      const count = machine.SessionCount;
      const ending =
        count === 0
          ? 'No session runs on it now.'
          : `This ends ${count === undefined ? 'every session' : sessionCountWords(count)} on it: applications close and unsaved work in them is lost.`;
      return `${machineLabel(machine)} shuts down and starts again. ${ending}`;
    },
  },
  maintenanceOn: {
    verb: 'Turn maintenance mode on',
    pending: 'Turning maintenance mode on: waiting for the job to finish…',
    done: 'Done: maintenance mode is on.',
    consequence: (machine) =>
      `No new sessions start on ${machineLabel(machine)} until maintenance mode is turned off. The ${sessionCountWords(machine.SessionCount)} on it keep running.`,
  },
  maintenanceOff: {
    verb: 'Turn maintenance mode off',
    pending: 'Turning maintenance mode off: waiting for the job to finish…',
    done: 'Done: maintenance mode is off.',
    consequence: (machine) =>
      `${machineLabel(machine)} takes new sessions again, as its delivery group assigns them.`,
  },
};
