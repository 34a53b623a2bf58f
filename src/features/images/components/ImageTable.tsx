import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { CloudName } from '../../../components/CloudName.tsx';
import { rackspaceKindWords, type GalleryImage } from '../gallery-image.ts';
import { measuredOrEstimate } from '../measure-row.ts';
import { ImageState } from './ImageStateBadge.tsx';

export interface ImageTableProps {
  images: readonly GalleryImage[];
  hrefOf: (image: GalleryImage) => string;
}

const rowHeight = 57;

/** The compact view for long lists: one line per image, only the visible rows rendered. */
export function ImageTable({ images, hrefOf }: ImageTableProps) {
  const tableRef = useRef<HTMLTableElement | null>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    setScrollMargin(tableRef.current?.offsetTop ?? 0);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: images.length,
    estimateSize: () => rowHeight,
    measureElement: measuredOrEstimate(rowHeight),
    overscan: 8,
    scrollMargin,
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0]!.start - scrollMargin : 0;
  const after =
    items.length > 0 ? virtualizer.getTotalSize() - (items.at(-1)!.end - scrollMargin) : 0;
  const rows = items.map((item) => {
    const image = images[item.index]!;
    return (
      <Table.Tr
        key={`${image.provider}:${image.id}`}
        data-index={item.index}
        ref={virtualizer.measureElement}
      >
        <Table.Td>
          <Anchor component={Link} to={hrefOf(image)} fw={500}>
            <CloudName name={image.name} />
          </Anchor>
          <Group gap={4} mt={2}>
            {image.citrixPrepared && (
              <Badge size="xs" variant="outline" color="grape">
                Citrix prepared
              </Badge>
            )}
            {image.deprecated && (
              <Badge size="xs" variant="outline" color="orange">
                Deprecated
              </Badge>
            )}
          </Group>
        </Table.Td>
        <Table.Td miw={140}>
          <ImageState image={image} />
        </Table.Td>
        <Table.Td>
          <CloudName name={image.os} placeholder="—" maw={220} />
        </Table.Td>
        <Table.Td>{image.sessionSupport ?? rackspaceKindWords(image.kind) ?? '—'}</Table.Td>
        <Table.Td>{image.vdaVersion ?? '—'}</Table.Td>
        <Table.Td>{image.region ?? '—'}</Table.Td>
        <Table.Td ta="right">{image.linkedCatalogs ?? '—'}</Table.Td>
      </Table.Tr>
    );
  });
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table ref={tableRef} aria-label="Images" verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th>OS</Table.Th>
            <Table.Th>Sessions / type</Table.Th>
            <Table.Th>VDA</Table.Th>
            <Table.Th>Region</Table.Th>
            <Table.Th ta="right">Catalogs</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {before > 0 && <tr aria-hidden style={{ height: before }} />}
          {rows}
          {after > 0 && <tr aria-hidden style={{ height: after }} />}
        </Table.Tbody>
      </Table>
      {images.length === 0 && (
        <Text c="dimmed" size="sm">
          No images.
        </Text>
      )}
    </Table.ScrollContainer>
  );
}
