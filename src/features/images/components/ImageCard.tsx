import { memo } from 'react';
import { Card, Group, Stack, Text } from '@mantine/core';
import { ImageBadges } from '../../../components/ImageBadges.tsx';
import { inWords } from '../../../lib/code-words.ts';
import { rackspaceKindWords, type GalleryImage } from '../gallery-image.ts';
import classes from './ImageCard.module.css';
import { ImageName } from './ImageName.tsx';
import { ImageState } from './ImageStateBadge.tsx';
import { regionWords } from '../../../lib/region-words.ts';

export interface ImageCardProps {
  image: GalleryImage;
  href: string;
  /** Badge the card with its cloud. */
  showProvider: boolean;
}

function catalogsLine(count: number) {
  if (count === 0) return 'No catalog uses it';
  return `Used by ${count} catalog${count === 1 ? '' : 's'}`;
}

/**
 * Memoised: an image that did not change keeps its object, so when another region's page arrives
 * or a filter changes, the cards already on screen are not drawn again.
 */
export const ImageCard = memo(function ImageCard({ image, href, showProvider }: ImageCardProps) {
  const facts = [
    image.os,
    inWords('sessionSupport', image.sessionSupport)?.words,
    rackspaceKindWords(image.kind),
    image.vdaVersion && `VDA ${image.vdaVersion}`,
    image.region && `Region ${regionWords(image.region)}`,
  ].filter(Boolean);
  // An empty name still gets a label.
  const shownName = image.name.trim() ? image.name : '(no name)';
  return (
    <Card
      withBorder
      padding="md"
      className={classes.card}
      data-tone={image.tone}
      component="article"
      aria-label={shownName}
    >
      <Stack gap="xs" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <ImageName name={image.name} href={href} />
          {showProvider && <ImageBadges provider={image.provider} />}
        </Group>
        <ImageState image={image} />
        {image.statusText && image.tone !== 'ready' && (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {image.statusText}
          </Text>
        )}
        <Text size="sm" lineClamp={2} title={facts.join(' · ')}>
          {facts.join(' · ')}
        </Text>
        <Group gap={6} mt="auto">
          {image.linkedCatalogs !== null && (
            <Text size="sm" c={image.linkedCatalogs > 0 ? undefined : 'dimmed'}>
              {catalogsLine(image.linkedCatalogs)}
            </Text>
          )}
          <ImageBadges citrixPrepared={image.citrixPrepared} deprecated={image.deprecated} />
        </Group>
      </Stack>
    </Card>
  );
});
