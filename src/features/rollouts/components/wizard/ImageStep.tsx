import { Alert, Paper, Stack, Text } from '@mantine/core';
import { CloudText } from '../../../../components/CloudText.tsx';
import type { Catalog } from '../../../../api/citrix/catalogs.ts';
import type { CitrixImage } from '../../../../api/citrix/images.ts';
import { ImageChoiceTable, osOf } from './ImageChoiceTable.tsx';
import { Columns } from '../../../../components/Columns.tsx';

export interface ImageStepProps {
  catalog: Catalog;
  images: CitrixImage[];
  currentImage: CitrixImage | undefined;
  chosen: CitrixImage | undefined;
  /** Why the image asked for in the address cannot be used, if it cannot. */
  refusal: string | null;
  onChoose: (imageId: string) => void;
}

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
  return (
    <Stack gap="md">
      {refusal && (
        <Alert color="orange" title="The image you came from cannot be used here" role="alert">
          {refusal} Choose another image below.
        </Alert>
      )}
      <Columns layout="twoFromSm">
        <ImageFacts
          title="Current image"
          image={currentImage}
          fallbackName={catalog.templateImageName}
        />
        <ImageFacts title="New image" image={chosen} />
      </Columns>
      {chosen?.isDeprecated && (
        <Alert color="orange" title="Deprecated image">
          Citrix no longer updates this image. Prefer a newer one unless you need this exact
          version.
        </Alert>
      )}
      <ImageChoiceTable
        images={images}
        chosenId={chosen?.id ?? null}
        currentId={catalog.imageId}
        description="Only Ready images made for this catalog’s kind of sessions are listed."
        tableLabel="Images this catalog can take"
        emptyText="No Ready image fits this catalog."
        onChoose={onChoose}
      />
    </Stack>
  );
}
