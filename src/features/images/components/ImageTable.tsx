import { Anchor, Group } from '@mantine/core';
import type { ColumnDef, ColumnSort } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { CloudName } from '../../../components/CloudName.tsx';
import { CodeWords } from '../../../components/CodeWords.tsx';
import { ImageBadges } from '../../../components/ImageBadges.tsx';
import { DataTable } from '../../../components/data-table/DataTable.tsx';
import { sortedByPage } from '../../../components/data-table/url-sort.ts';
import { inWords } from '../../../lib/code-words.ts';
import { rackspaceKindWords, type GalleryImage } from '../gallery-image.ts';
import type { GallerySearch } from '../gallery-search.ts';
import { ImageState } from './ImageStateBadge.tsx';

export interface ImageTableProps {
  images: readonly GalleryImage[];
  hrefOf: (image: GalleryImage) => string;
  /** The gallery's sort; the Name and State headers sort by name and by problems first. */
  sort: GallerySearch['sort'];
  onSortChange: (sort: GallerySearch['sort']) => void;
}

const rowHeight = 57;

/** The gallery sorts a header stands for; "newest" has no column. */
const headerSorts = ['name', 'state'] as const;

const imageId = (image: GalleryImage) => `${image.provider}:${image.id}`;

function imageColumns(hrefOf: ImageTableProps['hrefOf']): ColumnDef<GalleryImage>[] {
  return [
    {
      id: 'name',
      header: 'Name',
      ...sortedByPage,
      cell: ({ row: { original: image } }) => (
        <>
          <Anchor component={Link} to={hrefOf(image)} fw={500}>
            <CloudName name={image.name} />
          </Anchor>
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
      id: 'os',
      header: 'OS',
      cell: ({ row }) => <CloudName name={row.original.os} placeholder="—" maw={220} />,
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
    { id: 'vda', header: 'VDA', cell: ({ row }) => row.original.vdaVersion ?? '—' },
    { id: 'region', header: 'Region', cell: ({ row }) => row.original.region ?? '—' },
    {
      id: 'catalogs',
      header: 'Catalogs',
      meta: { align: 'right' },
      cell: ({ row }) => row.original.linkedCatalogs ?? '—',
    },
  ];
}

/**
 * The compact view for long lists: one line per image, only the visible rows rendered. "Newest
 * first" has no column, so with it no header shows a sort; pressing a sorted header again goes
 * back to it, as the gallery's sorts have one order each.
 */
export function ImageTable({ images, hrefOf, sort, onSortChange }: ImageTableProps) {
  const columns = useMemo(() => imageColumns(hrefOf), [hrefOf]);
  const current: ColumnSort | null = sort === 'newest' ? null : { id: sort, desc: false };
  const chooseSort = (next: ColumnSort) => {
    const chosen = headerSorts.find((key) => key === next.id);
    onSortChange(chosen && !next.desc ? chosen : 'newest');
  };
  return (
    <DataTable
      name="Images"
      rows={images}
      columns={columns}
      rowId={imageId}
      sort={current}
      onSortChange={chooseSort}
      virtualize={{ rowHeight }}
      minWidth={860}
      verticalSpacing="xs"
    />
  );
}
