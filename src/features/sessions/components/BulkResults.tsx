import { ScrollArea, Table, Text } from '@mantine/core';
import type { Session } from '../../../api/citrix/sessions.ts';
import { resultWords, type SessionResult, type SessionResults } from '../bulk-results.ts';
import { userLabel } from '../session-words.ts';

const outcomeColors: Partial<Record<SessionResult['state'], string>> = {
  done: 'teal',
  failed: 'red',
  'not-attempted': 'dimmed',
};

export interface BulkResultsProps {
  /** Names the table, e.g. "Log off results". */
  label: string;
  sessions: Session[];
  results: SessionResults;
}

/** One row per session the action was started on: who, where, and how it ended. */
export function BulkResults({ label, sessions, results }: BulkResultsProps) {
  const rows = sessions.map((session) => {
    const result = results.get(session.Id);
    return (
      <Table.Tr key={session.Id} data-state={result?.state ?? 'waiting'}>
        <Table.Td>{userLabel(session)}</Table.Td>
        <Table.Td>{session.Machine?.Name ?? 'Unknown machine'}</Table.Td>
        <Table.Td>
          <Text size="sm" c={result && outcomeColors[result.state]}>
            {resultWords(result)}
          </Text>
        </Table.Td>
      </Table.Tr>
    );
  });
  return (
    <ScrollArea.Autosize mah={320} type="auto">
      <Table aria-label={label} fz="sm" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>User</Table.Th>
            <Table.Th>Machine</Table.Th>
            <Table.Th>Outcome</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{rows}</Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
