import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { CitrixImage } from '../../../../api/citrix/images.ts';
import { CloudText } from '../../../../components/CloudText.tsx';
import { ImageBadges } from '../../../../components/ImageBadges.tsx';
import { localDateTime } from '../../../../lib/fact-words.ts';
import { regionWords } from '../../../../lib/region-words.ts';
import { osOf } from '../wizard/ImageChoiceTable.tsx';

export interface ChosenImageProps {
  image: CitrixImage;
  onChooseAnother: () => void;
}

/** The image the plan rolls out, named with what tells it apart; the list opens on request. */
export function ChosenImage({ image, onChooseAnother }: ChosenImageProps) {
  const facts = [
    osOf(image),
    image.vdaVersion && `VDA ${image.vdaVersion}`,
    image.region && regionWords(image.region),
    image.createdDate && `created ${localDateTime(image.createdDate)}`,
  ].filter(Boolean);
  return (
    <Paper withBorder p="md" maw={760} role="region" aria-label="Chosen image">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <CloudText fw={600}>{image.name}</CloudText>
          <Group gap={4}>
            <ImageBadges citrixPrepared={image.citrixPrepared} deprecated={image.isDeprecated} />
          </Group>
          <Text size="sm" c="dimmed">
            {facts.join(' · ')}
          </Text>
        </Stack>
        <Button variant="default" onClick={onChooseAnother}>
          Choose another image
        </Button>
      </Group>
    </Paper>
  );
}
