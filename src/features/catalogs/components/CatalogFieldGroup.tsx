import { Paper, Table, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { CloudText } from '../../../components/CloudText.tsx';

export interface CatalogFieldGroupProps {
  title: string;
  fields: [label: string, value: ReactNode][];
}

/** One titled group of label/value rows on the catalog page. */
export function CatalogFieldGroup({ title, fields }: CatalogFieldGroupProps) {
  const rows = fields.map(([label, value]) => (
    <Table.Tr key={label}>
      <Table.Th w="40%" fw={500} c="dimmed">
        {label}
      </Table.Th>
      <Table.Td>
        {/* An empty string is as unreported as a missing value. */}
        <CloudText component="div">
          {value === '' || value === null || value === undefined ? '—' : value}
        </CloudText>
      </Table.Td>
    </Table.Tr>
  ));
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      <Table>
        <Table.Tbody>{rows}</Table.Tbody>
      </Table>
    </Paper>
  );
}
