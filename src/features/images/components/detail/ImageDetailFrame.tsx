import { Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert.tsx';
import { QueryFrame, type FramedQuery } from '../../../../components/QueryFrame.tsx';
import { toApiProblem } from '../../../../lib/api-problem.ts';
import type { GalleryImage } from '../../gallery-image.ts';
import { ImageState } from '../ImageStateBadge.tsx';
import { UpdatedAgo } from '../UpdatedAgo.tsx';
import { ImageNotFound } from './ImageNotFound.tsx';

export interface ImageDetailFrameProps<T> {
  query: FramedQuery<T>;
  /** What was looked for, for the not-found page, e.g. "Citrix DaaS image with ID 1234". */
  what: string;
  children: (image: T) => ReactNode;
}

/** An image's page once it loads; a missing image gets a page with the way back instead. */
export function ImageDetailFrame<T>({ query, what, children }: ImageDetailFrameProps<T>) {
  const title = 'Could not load the image';
  return (
    <QueryFrame
      query={query}
      errorTitle={title}
      refreshErrorTitle="Could not refresh"
      renderError={(error) =>
        toApiProblem(error).kind === 'not-found' ? (
          <ImageNotFound what={what} />
        ) : (
          <ApiErrorAlert error={error} title={title} onRetry={() => void query.refetch?.()} />
        )
      }
    >
      {children}
    </QueryFrame>
  );
}

export interface ImageStatusLineProps {
  image: GalleryImage;
  updatedAt: number;
  refreshing: boolean;
  /** Badges after the state, e.g. "Citrix prepared". */
  children?: ReactNode;
}

/** The image's state, its badges, and how fresh the page is; it refreshes while in progress. */
export function ImageStatusLine({ image, updatedAt, refreshing, children }: ImageStatusLineProps) {
  return (
    <Group gap="md">
      <ImageState image={image} animated />
      {children}
      <UpdatedAgo
        updatedAt={updatedAt}
        refreshing={refreshing}
        inFlight={image.tone === 'in-progress' ? 1 : 0}
      />
    </Group>
  );
}
