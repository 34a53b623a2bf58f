import { Text } from '@mantine/core';
import type { Machine } from '../../../api/citrix/machines.ts';
import { CodeWords } from '../../../components/CodeWords.tsx';
import { Facts } from '../../../components/Facts.tsx';
import { machineLabel, machineStateWords, sessionCountWords } from '../machine-words.ts';

export interface MachinePanelProps {
  machine: Machine;
  /** The heading's level in the page's outline. @default 3 */
  headingOrder?: 2 | 3;
}

/** The machine behind a session: where it belongs and the states the help desk asks about. */
export function MachinePanel({ machine, headingOrder = 3 }: MachinePanelProps) {
  const states = machineStateWords(machine);
  const facts = [
    { label: 'Name', value: machine.Name, copy: machine.Name },
    { label: 'Catalog', value: machine.MachineCatalog?.Name },
    { label: 'Delivery group', value: machine.DeliveryGroup?.Name },
    {
      label: 'Power state',
      value: (
        <>
          <CodeWords value={states.power} />
          {machine.PowerActionPending && (
            <Text component="span" size="sm" c="dimmed">
              {' '}
              (a power action is pending)
            </Text>
          )}
        </>
      ),
    },
    { label: 'Registration', value: states.registration },
    { label: 'Maintenance mode', value: states.maintenance },
    { label: 'Image', value: states.image },
    { label: 'Sessions on it', value: sessionCountWords(machine.SessionCount) },
  ];
  return (
    <Facts
      title={machineLabel(machine)}
      label={`Machine ${machineLabel(machine)}`}
      facts={facts}
      headingOrder={headingOrder}
      framed={false}
    />
  );
}
