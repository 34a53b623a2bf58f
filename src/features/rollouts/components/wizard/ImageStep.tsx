import {
  Alert,
  Group,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { CloudText } from '../../../../components/CloudText.tsx';
import { ImageBadges } from '../../../../components/ImageBadges.tsx';
import type { Catalog } from '../../../../api/citrix/catalogs.ts';
import type { CitrixImage } from '../../../../api/citrix/images.ts';
import { localDateTime } from '../../../../lib/fact-words.ts';
import { ImageListControls, type ImageOrder } from './ImageListControls.tsx';

export interface ImageStepProps {
  catalog: Catalog;
  images: CitrixImage[];
  currentImage: CitrixImage | undefined;
  chosen: CitrixImage | undefined;
  /** Why the image asked for in the address cannot be used, if it cannot. */
  refusal: string | null;
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

const osOf = (image: CitrixImage) => [image.osName, image.osVersion].filter(Boolean).join(' ');

function ImageFacts({
  title,
  image,
  fallbackName,
}: {
  title: string;
  image?: CitrixImage;
  fallbackName?: string | null;
}) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {title}
      </Text>
      <Text fw={600}>
        <CloudText>{image?.name ?? fallbackName ?? 'None chosen'}</CloudText>
      </Text>
      <Text size="sm">
        OS: <CloudText>{image ? osOf(image) : '—'}</CloudText>
      </Text>
      <Text size="sm">VDA version: {image?.vdaVersion ?? '—'}</Text>
    </Paper>
  );
}

/** Step 2: a Ready image of the catalog's session support, compared with the current one. */
export function ImageStep({
  catalog,
  images,
  currentImage,
  chosen,
  refusal,
  onChoose,
}: ImageStepProps) {
  const [order, setOrder] = useState<ImageOrder>('newest');
  const [search, setSearch] = useState('');
  const shown = orderImages(images, order, search);
  const rows = shown.map((image) => (
    <Table.Tr
      key={image.id}
      // The whole row picks the image, not only its small radio (which keyboard users reach).
      onClick={() => image.id !== catalog.imageId && onChoose(image.id)}
      style={{ cursor: image.id === catalog.imageId ? undefined : 'pointer' }}
    >
      <Table.Td>
        <Radio value={image.id} disabled={image.id === catalog.imageId} aria-label={image.name} />
      </Table.Td>
      <Table.Td>
        <Group gap={6}>
          <Text size="sm">
            <CloudText>{image.name}</CloudText>
          </Text>
          <ImageBadges
            current={image.id === catalog.imageId}
            citrixPrepared={image.citrixPrepared}
            deprecated={image.isDeprecated}
          />
        </Group>
      </Table.Td>
      <Table.Td>
        <CloudText>{osOf(image)}</CloudText>
      </Table.Td>
      <Table.Td>{image.vdaVersion ?? '—'}</Table.Td>
      <Table.Td>{image.region ?? '—'}</Table.Td>
      <Table.Td>{localDateTime(image.createdDate) ?? '—'}</Table.Td>
    </Table.Tr>
  ));
  return (
    <Stack gap="md">
      {refusal && (
        <Alert color="orange" title="The image you came from cannot be used here" role="alert">
          {refusal} Choose another image below.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <ImageFacts
          title="Current image"
          image={currentImage}
          fallbackName={catalog.templateImageName}
        />
        <ImageFacts title="New image" image={chosen} />
      </SimpleGrid>
      {chosen?.isDeprecated && (
        <Alert color="orange" title="Deprecated image">
          Citrix no longer updates this image. Prefer a newer one unless you need this exact
          version.
        </Alert>
      )}
      <ImageListControls
        search={search}
        onSearchChange={setSearch}
        order={order}
        onOrderChange={setOrder}
      />
      <Radio.Group
        value={chosen?.id ?? null}
        onChange={onChoose}
        label="New image"
        description="Only Ready images made for this catalog’s kind of sessions are listed."
      >
        <Table.ScrollContainer minWidth={640} mt="xs">
          <Table highlightOnHover aria-label="Images this catalog can take">
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
      {images.length === 0 && <Text c="dimmed">No Ready image fits this catalog.</Text>}
      {images.length > 0 && shown.length === 0 && (
        <Text c="dimmed">No image’s name contains “{search.trim()}”.</Text>
      )}
    </Stack>
  );
}
