import { Anchor, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router';
import type { Catalog } from '../../../api/citrix/catalogs.ts';
import { CatalogStateBadge } from '../../../components/CatalogStateBadge.tsx';
import { CloudName } from '../../../components/CloudName.tsx';
import { CloudText } from '../../../components/CloudText.tsx';
import { CodeWords } from '../../../components/CodeWords.tsx';
import { DataTable } from '../../../components/data-table/DataTable.tsx';
import { DeferredTooltip } from '../../../components/DeferredTooltip.tsx';
import { regionInWords } from '../../../lib/region-words.ts';
import {
  sortedByPage,
  toColumnSort,
  writeUrlSort,
  type UrlSort,
} from '../../../components/data-table/url-sort.ts';
import { inWords } from '../../../lib/code-words.ts';
import { paths } from '../../../lib/paths.ts';
import {
  catalogSortKeys,
  type CatalogListView,
  type CatalogSortKey,
} from '../catalog-list-view.ts';

export interface CatalogsTableProps {
  catalogs: Catalog[];
  view: CatalogListView;
  /** Writes the sort a header asked for; the list is sorted by `applyCatalogListView`. */
  onSortChange: (sort: UrlSort<CatalogSortKey>) => void;
}

function WarningsCell({ catalog }: { catalog: Catalog }) {
  if (catalog.warnings.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  }
  const words = catalog.warnings
    .map((w) => w.warningMessage ?? inWords('catalogWarning', w.type)?.words)
    .join(' · ');
  return (
    <DeferredTooltip label={<CloudText>{words}</CloudText>} multiline w={280}>
      <Group gap={4} wrap="nowrap">
        <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" aria-hidden />
        <Text size="sm">{catalog.warnings.length}</Text>
      </Group>
    </DeferredTooltip>
  );
}

// A sortable column's id is its sort key in the URL; `applyCatalogListView` sorts the rows.
const columns: ColumnDef<Catalog>[] = [
  {
    id: 'name',
    header: 'Name',
    ...sortedByPage,
    cell: ({ row: { original: catalog } }) => (
      <Anchor component={Link} to={paths.catalogDetail.href(catalog.id)} fw={500}>
        <CloudName name={catalog.name} maw={320} />
      </Anchor>
    ),
  },
  {
    id: 'state',
    header: 'State',
    ...sortedByPage,
    cell: ({ row }) => <CatalogStateBadge state={row.original.state} />,
  },
  {
    id: 'image',
    header: 'Current image',
    ...sortedByPage,
    cell: ({ row: { original: catalog } }) =>
      typeof catalog.templateImageName === 'string' ? (
        <CloudName name={catalog.templateImageName} maw={280} />
      ) : (
        <Text c="dimmed" span>
          None
        </Text>
      ),
  },
  {
    id: 'sessions',
    header: 'Sessions',
    cell: ({ row }) => <CodeWords value={inWords('sessionSupport', row.original.sessionSupport)} />,
  },
  {
    id: 'machines',
    header: 'Machines',
    ...sortedByPage,
    cell: ({ row }) => row.original.totalMachinesInCatalog ?? '—',
  },
  {
    id: 'users',
    header: 'Users',
    ...sortedByPage,
    cell: ({ row }) => row.original.numOfUsers ?? '—',
  },
  {
    id: 'region',
    header: 'Region',
    ...sortedByPage,
    cell: ({ row }) => <CodeWords value={regionInWords(row.original.region)} maw={160} />,
  },
  {
    id: 'warnings',
    header: 'Warnings',
    cell: ({ row }) => <WarningsCell catalog={row.original} />,
  },
];

const catalogId = (catalog: Catalog) => catalog.id;

export function CatalogsTable({ catalogs, view, onSortChange }: CatalogsTableProps) {
  return (
    <DataTable
      name="Catalogs"
      rows={catalogs}
      columns={columns}
      rowId={catalogId}
      sort={toColumnSort(view)}
      onSortChange={writeUrlSort(catalogSortKeys, onSortChange)}
      minWidth={900}
    />
  );
}
