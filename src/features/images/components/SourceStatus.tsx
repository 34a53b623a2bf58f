import { Alert, Button, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import type { GallerySource } from '../use-gallery-images.ts';

const wrappingButton = {
  root: { height: 'auto', minHeight: 'var(--button-height)', paddingBlock: 6 },
  label: { whiteSpace: 'normal', overflow: 'visible' },
} as const;

export interface SourceStatusProps {
  sources: GallerySource[];
  /** Providers that are not connected, each with why. */
  unavailable: { name: string; notice: ReactNode }[];
}

/**
 * Above the list, what it lacks: a provider that is not connected, a region that failed (with a
 * retry for that region alone), and the regions still loading. The rest of the list still shows.
 */
export function SourceStatus({ sources, unavailable }: SourceStatusProps) {
  const failed = sources.filter((source) => source.status === 'failed');
  const loading = sources.filter(
    (source) => source.status === 'loading' || source.status === 'partial',
  );
  if (failed.length === 0 && loading.length === 0 && unavailable.length === 0) return null;
  return (
    <Stack gap="xs">
      {unavailable.map(({ name, notice }) => (
        <Alert key={name} color="gray" title={`${name} is not available`}>
          {notice}
        </Alert>
      ))}
      {failed.map((source) => (
        <ApiErrorAlert
          key={source.key}
          error={source.error}
          title={`${source.label} could not be loaded`}
        >
          {/* A region's name can be long ("Rackspace Northern Virginia (IAD)"): on a phone the
              button's words wrap inside the notice instead of pushing it past the screen. */}
          <Button
            mt="sm"
            variant="light"
            loading={source.fetching}
            onClick={source.retry}
            maw="100%"
            styles={wrappingButton}
          >
            Retry {source.label}
          </Button>
        </ApiErrorAlert>
      ))}
      {loading.length > 0 && (
        <Text size="sm" c="dimmed" aria-live="polite">
          Still loading{' '}
          {loading
            .map((source) => `${source.label}${source.count ? ` (${source.count} so far)` : ''}`)
            .join(', ')}
          …
        </Text>
      )}
    </Stack>
  );
}
