import { Card, Group, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert.tsx';
import { PageHeader } from '../../../../components/PageHeader.tsx';
import { PageLoader } from '../../../../components/PageLoader.tsx';
import { toApiProblem } from '../../../../lib/api-problem.ts';
import { rackspaceImageQueries, type RackspaceAccount } from '../../../../api/rackspace/images.ts';
import { fromRackspaceImage, rackspaceKindWords } from '../../gallery-image.ts';
import { ImageState } from '../ImageStateBadge.tsx';
import { UpdatedAgo } from '../UpdatedAgo.tsx';
import { DetailFields, type DetailField } from './DetailFields.tsx';
import { ImageNotFound } from './ImageNotFound.tsx';

export interface RackspaceImageDetailProps {
  account: RackspaceAccount;
  imageId: string;
}

/** Bytes in MB, whichever form the size came in (the schema reads both as a number). */
const megabytes = (bytes: number | undefined) =>
  bytes
    ? `${(bytes / 1_048_576).toLocaleString(undefined, { maximumFractionDigits: 0 })} MB`
    : null;

export function RackspaceImageDetail({ account, imageId }: RackspaceImageDetailProps) {
  const detail = useQuery(rackspaceImageQueries.detail(account, imageId));
  const image = detail.data;
  if (!image) {
    if (!detail.error) return <PageLoader />;
    const problem = toApiProblem(detail.error);
    if (problem.kind === 'not-found')
      return <ImageNotFound what={`Rackspace image with ID ${imageId} in ${account.region}`} />;
    return <ApiErrorAlert problem={problem} title="Could not load the image" />;
  }
  const gallery = fromRackspaceImage(image, account.region);
  const fields: DetailField[] = [
    { label: 'Image ID', value: image.id, copy: image.id },
    { label: 'Status', value: image.status },
    {
      label: 'Progress',
      value: image.progress !== undefined && image.progress !== null ? `${image.progress}%` : null,
    },
    { label: 'Type', value: rackspaceKindWords(image.metadata.image_type) },
    { label: 'OS', value: gallery.os },
    { label: 'Region', value: account.region },
    { label: 'Server', value: image.server?.id, copy: image.server?.id },
    { label: 'Size', value: megabytes(image['OS-EXT-IMG-SIZE:size']) },
    { label: 'Minimum disk', value: image.minDisk ? `${image.minDisk} GB` : null },
    { label: 'Minimum RAM', value: image.minRam ? `${image.minRam} MB` : null },
    { label: 'Disk configuration', value: image['OS-DCF:diskConfig'] },
    { label: 'Created', value: image.created ? new Date(image.created).toLocaleString() : null },
    { label: 'Updated', value: image.updated ? new Date(image.updated).toLocaleString() : null },
  ];
  const metadata = Object.entries(image.metadata)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([label, value]) => ({ label, value }));
  return (
    <>
      <PageHeader
        title={image.name}
        description={`Rackspace Cloud Servers image · ${account.region}`}
      />
      <Stack gap="lg" maw={980}>
        {detail.error && (
          <ApiErrorAlert problem={toApiProblem(detail.error)} title="Could not refresh" />
        )}
        <Group gap="md">
          <ImageState image={gallery} />
          <UpdatedAgo
            updatedAt={detail.dataUpdatedAt}
            refreshing={detail.isFetching}
            inFlight={gallery.tone === 'in-progress' ? 1 : 0}
          />
        </Group>
        <Card withBorder component="section" aria-labelledby="image-fields">
          <Title id="image-fields" order={2} size="h4" mb="xs">
            Details
          </Title>
          <DetailFields label="Image details" fields={fields} />
        </Card>
        <Card withBorder component="section" aria-labelledby="image-metadata">
          <Title id="image-metadata" order={2} size="h4" mb="xs">
            Metadata
          </Title>
          <DetailFields label="Image metadata" fields={metadata} />
        </Card>
      </Stack>
    </>
  );
}
