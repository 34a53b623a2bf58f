import { Group, Radio, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { CloudText } from '../../../../components/CloudText.tsx';
import { CodeWords } from '../../../../components/CodeWords.tsx';
import { ImageBadges } from '../../../../components/ImageBadges.tsx';
import type { CitrixImage } from '../../../../api/citrix/images.ts';
import { localDateTime } from '../../../../lib/fact-words.ts';
import { regionInWords } from '../../../../lib/region-words.ts';
import { ImageListControls, type ImageOrder } from './ImageListControls.tsx';

export interface ImageChoiceTableProps {
  images: CitrixImage[];
  chosenId: string | null;
  /** The image catalogs run now: marked "current" and not choosable. */
  currentId?: string | null;
  /** Says which images are listed, e.g. "Only Ready images … are listed." */
  description: string;
  /** Names the table for screen readers. */
  tableLabel: string;
  /** Shown under the field, e.g. "Choose the image to roll out." */
  error?: string;
  /** Said when no image fits at all, e.g. "No Ready image fits this catalog." */
  emptyText: string;
  onChoose: (imageId: string) => void;
}

/** Newest first (an image without a date last), or by name as people read it. */
function orderImages(images: CitrixImage[], order: ImageOrder, search: string) {
  const wanted = search.trim().toLowerCase();
  const found = wanted ? images.filter((i) => i.name.toLowerCase().includes(wanted)) : images;
  const time = (image: CitrixImage) => Date.parse(image.createdDate ?? '') || 0;
  return [...found].sort((a, b) =>
    order === 'name'
      ? a.name.localeCompare(b.name, undefined, { numeric: true })
      : time(b) - time(a),
  );
}

export const osOf = (image: CitrixImage) =>
  [image.osName, image.osVersion].filter(Boolean).join(' ');

/** Images to pick one from, with a search and an order: the wizard's and the plan form's. */
export function ImageChoiceTable({
  images,
  chosenId,
  currentId,
  description,
  tableLabel,
  error,
  emptyText,
  onChoose,
}: ImageChoiceTableProps) {
  const [order, setOrder] = useState<ImageOrder>('newest');
  const [search, setSearch] = useState('');
  const shown = orderImages(images, order, search);
  const rows = shown.map((image) => (
    <Table.Tr
      key={image.id}
      // The whole row picks the image, not only its small radio (which keyboard users reach).
      onClick={() => image.id !== currentId && onChoose(image.id)}
      style={{ cursor: image.id === currentId ? undefined : 'pointer' }}
    >
      <Table.Td>
        <Radio value={image.id} disabled={image.id === currentId} aria-label={image.name} />
      </Table.Td>
      <Table.Td>
        <Group gap={6}>
          <Text size="sm">
            <CloudText>{image.name}</CloudText>
          </Text>
          <ImageBadges
            current={image.id === currentId}
            citrixPrepared={image.citrixPrepared}
            deprecated={image.isDeprecated}
          />
        </Group>
      </Table.Td>
      <Table.Td>
        <CloudText>{osOf(image)}</CloudText>
      </Table.Td>
      <Table.Td>{image.vdaVersion ?? '—'}</Table.Td>
      <Table.Td>
        <CodeWords value={regionInWords(image.region)} />
      </Table.Td>
      <Table.Td>{localDateTime(image.createdDate) ?? '—'}</Table.Td>
    </Table.Tr>
  ));
  return (
    <Stack gap="md">
      <ImageListControls
        search={search}
        onSearchChange={setSearch}
        order={order}
        onOrderChange={setOrder}
      />
      <Radio.Group
        value={chosenId}
        onChange={onChoose}
        label="New image"
        description={description}
        error={error}
      >
        <Table.ScrollContainer minWidth={640} mt="xs">
          <Table highlightOnHover aria-label={tableLabel}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>
                  <VisuallyHidden>Choose</VisuallyHidden>
                </Table.Th>
                <Table.Th>Name</Table.Th>
                <Table.Th>Operating system</Table.Th>
                <Table.Th>VDA version</Table.Th>
                <Table.Th>Region</Table.Th>
                <Table.Th>Created</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>{rows}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Radio.Group>
      {images.length === 0 && <Text c="dimmed">{emptyText}</Text>}
      {images.length > 0 && shown.length === 0 && (
        <Text c="dimmed">No image’s name contains “{search.trim()}”.</Text>
      )}
    </Stack>
  );
}
