import { Badge, Group, Stack, Text } from '@mantine/core';
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
}

/** The state in colour and in words, with a progress bar while the image is being prepared. */
export function ImageState({ image }: ImageStateProps) {
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
        <AnimatedProgress
          value={image.progress}
          size="sm"
          aria-label={`${image.name}: ${image.progress}% done`}
        />
      )}
    </Stack>
  );
}
