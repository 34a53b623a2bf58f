import { Anchor, Group, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { Link } from 'react-router';
import { CloudName } from '../../../components/CloudName.tsx';
import { CloudText } from '../../../components/CloudText.tsx';
import { paths } from '../../../lib/paths.ts';
import type { Catalog } from '../../../api/citrix/catalogs.ts';
import { sessionSupportWords } from '../../../lib/catalog-words.ts';
import type { CatalogListView, CatalogSortKey } from '../catalog-list-view.ts';
import { CatalogStateBadge } from '../../../components/CatalogStateBadge.tsx';

export interface CatalogsTableProps {
  catalogs: Catalog[];
  view: CatalogListView;
  onSort: (sort: CatalogSortKey) => void;
}

const columns: { key: CatalogSortKey | null; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'state', label: 'State' },
  { key: 'image', label: 'Current image' },
  { key: null, label: 'Sessions' },
  { key: 'machines', label: 'Machines' },
  { key: 'users', label: 'Users' },
  { key: 'region', label: 'Region' },
  { key: null, label: 'Warnings' },
];

export function CatalogsTable({ catalogs, view, onSort }: CatalogsTableProps) {
  const headers = columns.map(({ key, label }) => {
    if (!key) return <Table.Th key={label}>{label}</Table.Th>;
    const sorted = view.sort === key;
    const descending = view.direction === 'desc';
    const Icon = descending ? IconChevronDown : IconChevronUp;
    return (
      <Table.Th key={label} aria-sort={sorted ? (descending ? 'descending' : 'ascending') : 'none'}>
        <UnstyledButton onClick={() => onSort(key)} fw={600} fz="sm">
          <Group gap={4} wrap="nowrap">
            {label}
            {sorted && <Icon size={14} aria-hidden />}
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  });
  const rows = catalogs.map((catalog) => (
    <Table.Tr key={catalog.id}>
      <Table.Td>
        <Anchor component={Link} to={paths.catalogDetail(catalog.id)} fw={500}>
          <CloudName name={catalog.name} maw={320} />
        </Anchor>
      </Table.Td>
      <Table.Td>
        <CatalogStateBadge state={catalog.state} />
      </Table.Td>
      <Table.Td>
        {typeof catalog.templateImageName === 'string' ? (
          <CloudName name={catalog.templateImageName} maw={280} />
        ) : (
          <Text c="dimmed" span>
            None
          </Text>
        )}
      </Table.Td>
      <Table.Td>{sessionSupportWords(catalog.sessionSupport)}</Table.Td>
      <Table.Td>{catalog.totalMachinesInCatalog ?? '—'}</Table.Td>
      <Table.Td>{catalog.numOfUsers ?? '—'}</Table.Td>
      <Table.Td>
        <CloudName name={catalog.region} placeholder="—" maw={160} />
      </Table.Td>
      <Table.Td>
        {catalog.warnings.length > 0 ? (
          <Tooltip
            label={
              <CloudText>
                {catalog.warnings.map((w) => w.warningMessage ?? w.type).join(' · ')}
              </CloudText>
            }
            multiline
            w={280}
          >
            <Group gap={4} wrap="nowrap">
              <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" aria-hidden />
              <Text size="sm">{catalog.warnings.length}</Text>
            </Group>
          </Tooltip>
        ) : (
          <Text size="sm" c="dimmed">
            None
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  ));
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover aria-label="Catalogs">
        <Table.Thead>
          <Table.Tr>{headers}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>{rows}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
