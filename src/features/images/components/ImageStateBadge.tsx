import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import type { GalleryImage, StateTone } from '../gallery-image.ts';
import { AnimatedProgress } from '../../../components/AnimatedProgress.tsx';

const toneColors: Record<StateTone, string> = {
  ready: 'teal',
  'in-progress': 'blue',
  failed: 'red',
  other: 'gray',
};

export interface ImageStateProps {
  image: Pick<GalleryImage, 'state' | 'stateLabel' | 'tone' | 'progress' | 'name'>;
  /**
   * Stripes that move while the work goes on: on the image's own page. In the gallery the bar
   * holds still: a screen of cards in progress would all move at once, the percentage says as
   * much, and each moving bar is a frame to composite for as long as it shows (on the bench's
   * host, without a GPU, time the page's own work waits: README, "The stop of 6 December, night").
   */
  animated?: boolean;
}

/** The state in colour and in words, with a progress bar while the image is being prepared. */
export function ImageState({ image, animated = false }: ImageStateProps) {
  const Bar = animated ? AnimatedProgress : Progress;
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="nowrap">
        <Badge
          color={toneColors[image.tone]}
          variant="light"
          data-tone={image.tone}
          title={`Code: ${image.state}`}
        >
          {image.stateLabel}
        </Badge>
        {image.progress !== null && (
          <Text size="xs" c="dimmed">
            {image.progress}%
          </Text>
        )}
      </Group>
      {image.progress !== null && (
        <Bar
          value={image.progress}
          size="sm"
          aria-label={`${image.name}: ${image.progress}% done`}
        />
      )}
    </Stack>
  );
}
