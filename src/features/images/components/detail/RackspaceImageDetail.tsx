import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Facts, type Fact } from '../../../../components/Facts.tsx';
import { PageHeader } from '../../../../components/PageHeader.tsx';
import { rackspaceImageQueries, type RackspaceImage } from '../../../../api/rackspace/images.ts';
import type { RackspaceAccount } from '../../../../api/rackspace/image-requests.ts';
import { fromRackspaceImage, rackspaceKindWords, type GalleryImage } from '../../gallery-image.ts';
import { ImageDetailFrame, ImageStatusLine } from './ImageDetailFrame.tsx';
import { regionWords } from '../../../../lib/region-words.ts';

export interface RackspaceImageDetailProps {
  account: RackspaceAccount;
  imageId: string;
}

/** Bytes in MB, whichever form the size came in (the schema reads both as a number). */
const megabytes = (bytes: number | undefined) =>
  bytes
    ? `${(bytes / 1_048_576).toLocaleString(undefined, { maximumFractionDigits: 0 })} MB`
    : null;

function rackspaceImageFacts(image: RackspaceImage, region: string, gallery: GalleryImage): Fact[] {
  return [
    { label: 'Image ID', value: image.id, copy: image.id },
    { label: 'Status', value: { words: gallery.stateLabel, code: image.status } },
    {
      label: 'Progress',
      value: image.progress !== undefined && image.progress !== null ? `${image.progress}%` : null,
    },
    { label: 'Type', value: rackspaceKindWords(image.metadata.image_type) },
    { label: 'OS', value: gallery.os },
    { label: 'Region', value: regionWords(region) },
    { label: 'Server', value: image.server?.id, copy: image.server?.id },
    { label: 'Size', value: megabytes(image['OS-EXT-IMG-SIZE:size']) },
    { label: 'Minimum disk', value: image.minDisk ? `${image.minDisk} GB` : null },
    { label: 'Minimum RAM', value: image.minRam ? `${image.minRam} MB` : null },
    { label: 'Disk configuration', value: image['OS-DCF:diskConfig'] },
    { label: 'Created', value: image.created ? new Date(image.created).toLocaleString() : null },
    { label: 'Updated', value: image.updated ? new Date(image.updated).toLocaleString() : null },
  ];
}

export function RackspaceImageDetail({ account, imageId }: RackspaceImageDetailProps) {
  const detail = useQuery(rackspaceImageQueries.detail(account, imageId));
  return (
    <ImageDetailFrame
      query={detail}
      what={`Rackspace image with ID ${imageId} in ${regionWords(account.region)}`}
    >
      {(image) => {
        const gallery = fromRackspaceImage(image, account.region, detail.dataUpdatedAt);
        const metadata = Object.entries(image.metadata)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([label, value]) => ({ label, value }));
        return (
          <>
            <PageHeader
              title={image.name}
              description={`Rackspace Cloud Servers image · ${regionWords(account.region)}`}
            />
            <Stack gap="lg" maw={980}>
              <ImageStatusLine
                image={gallery}
                updatedAt={detail.dataUpdatedAt}
                refreshing={detail.isFetching}
              />
              <Facts
                title="Details"
                label="Image details"
                facts={rackspaceImageFacts(image, account.region, gallery)}
              />
              <Facts title="Metadata" label="Image metadata" facts={metadata} />
            </Stack>
          </>
        );
      }}
    </ImageDetailFrame>
  );
}
