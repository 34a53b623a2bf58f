import { Box, Group } from '@mantine/core';
import type { ColumnDef, ColumnSort } from '@tanstack/react-table';
import { useMemo } from 'react';
import { CloudName } from '../../../components/CloudName.tsx';
import { CodeWords } from '../../../components/CodeWords.tsx';
import { ImageBadges, providerNames } from '../../../components/ImageBadges.tsx';
import { DataTable } from '../../../components/data-table/DataTable.tsx';
import { sortedByPage, writeUrlSort } from '../../../components/data-table/url-sort.ts';
import { builtOnFirstUse } from '../../../lib/built-on-first-use.ts';
import { inWords } from '../../../lib/code-words.ts';
import { galleryImageKey, rackspaceKindWords, type GalleryImage } from '../gallery-image.ts';
import { sortKeys, type GallerySearch, type GallerySortKey } from '../gallery-search.ts';
import { ImageName } from './ImageName.tsx';
import { ImageState } from './ImageStateBadge.tsx';
import { regionWords } from '../../../lib/region-words.ts';

export interface ImageTableProps {
  images: readonly GalleryImage[];
  hrefOf: (image: GalleryImage) => string;
  /** The gallery's sort, as the URL holds it; the rows come sorted. */
  sort: GallerySearch['sort'];
  direction: GallerySearch['direction'];
  onSortChange: (sort: GallerySortKey, direction: GallerySearch['direction']) => void;
}

const rowHeight = 57;

const dateFormat = builtOnFirstUse(
  () => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }),
);
const formatDate = (iso: string) => {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : dateFormat().format(time);
};

/** Sizes in GB past one GB, in MB below, as the detail pages write them. */
function formatBytes(bytes: number) {
  const gb = bytes / 1024 ** 3;
  if (gb >= 1) return `${gb.toLocaleString(undefined, { maximumFractionDigits: 1 })} GB`;
  return `${(bytes / 1024 ** 2).toLocaleString(undefined, { maximumFractionDigits: 0 })} MB`;
}

function imageColumns(hrefOf: ImageTableProps['hrefOf']): ColumnDef<GalleryImage>[] {
  return [
    {
      id: 'name',
      header: 'Name',
      ...sortedByPage,
      cell: ({ row: { original: image } }) => (
        <>
          <Box maw={360}>
            <ImageName name={image.name} href={hrefOf(image)} />
          </Box>
          <Group gap={4} mt={2}>
            <ImageBadges
              citrixPrepared={image.citrixPrepared}
              deprecated={image.deprecated}
              size="xs"
            />
          </Group>
        </>
      ),
    },
    {
      id: 'state',
      header: 'State',
      ...sortedByPage,
      meta: { minWidth: 140 },
      cell: ({ row }) => <ImageState image={row.original} />,
    },
    {
      id: 'provider',
      header: 'Provider',
      ...sortedByPage,
      cell: ({ row }) => providerNames[row.original.provider],
    },
    {
      id: 'region',
      header: 'Region',
      ...sortedByPage,
      cell: ({ row }) => {
        const { region } = row.original;
        return region ? <span title={`Code: ${region}`}>{regionWords(region)}</span> : '—';
      },
    },
    {
      id: 'os',
      header: 'OS',
      cell: ({ row }) => <CloudName name={row.original.os} placeholder="—" maw={200} />,
    },
    {
      id: 'kind',
      header: 'Sessions / type',
      cell: ({ row: { original: image } }) =>
        image.sessionSupport ? (
          <CodeWords value={inWords('sessionSupport', image.sessionSupport)} />
        ) : (
          (rackspaceKindWords(image.kind) ?? '—')
        ),
    },
    {
      id: 'created',
      header: 'Created',
      ...sortedByPage,
      cell: ({ row }) => (row.original.created ? formatDate(row.original.created) : '—'),
    },
    {
      id: 'updated',
      header: 'Updated',
      ...sortedByPage,
      cell: ({ row }) => (row.original.updated ? formatDate(row.original.updated) : '—'),
    },
    {
      id: 'size',
      header: 'Size',
      ...sortedByPage,
      meta: { align: 'right' },
      cell: ({ row }) => (row.original.size === null ? '—' : formatBytes(row.original.size)),
    },
    {
      id: 'catalogs',
      header: 'Catalogs',
      ...sortedByPage,
      meta: { align: 'right' },
      cell: ({ row }) => row.original.linkedCatalogs ?? '—',
    },
  ];
}

/**
 * The compact view for long lists: one line per image, only the visible rows rendered. Headers
 * sort as the catalogs table's do (`?sort=size&dir=desc`); "newest first" has no column.
 */
export function ImageTable({ images, hrefOf, sort, direction, onSortChange }: ImageTableProps) {
  const columns = useMemo(() => imageColumns(hrefOf), [hrefOf]);
  const current: ColumnSort | null =
    sort === 'newest' ? null : { id: sort, desc: direction === 'desc' };
  return (
    <DataTable
      name="Images"
      rows={images}
      columns={columns}
      rowId={galleryImageKey}
      sort={current}
      onSortChange={writeUrlSort(sortKeys, (next) => onSortChange(next.sort, next.direction))}
      virtualize={{ rowHeight }}
      minWidth={1100}
      verticalSpacing="xs"
    />
  );
}
