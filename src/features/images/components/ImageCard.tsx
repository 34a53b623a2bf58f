import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ImageBadges } from '../../../components/ImageBadges.tsx';
import { inWords } from '../../../lib/code-words.ts';
import { rackspaceKindWords, type GalleryImage } from '../gallery-image.ts';
import classes from './ImageCard.module.css';
import { ImageState } from './ImageStateBadge.tsx';

export interface ImageCardProps {
  image: GalleryImage;
  href: string;
  /** Badge the card with its cloud. */
  showProvider: boolean;
}

/**
 * Names often differ only at the end (a build date, a number), so the end is never cut: a long
 * name loses characters from its middle ("Windows Server 2022 golden…build 2026-11-01").
 */
const tailLength = 16;

function catalogsLine(count: number) {
  if (count === 0) return 'No catalog uses it';
  return `Used by ${count} catalog${count === 1 ? '' : 's'}`;
}

export function ImageCard({ image, href, showProvider }: ImageCardProps) {
  const facts = [
    image.os,
    inWords('sessionSupport', image.sessionSupport)?.words,
    rackspaceKindWords(image.kind),
    image.vdaVersion && `VDA ${image.vdaVersion}`,
    image.region && `Region ${image.region}`,
  ].filter(Boolean);
  // The whole name is in the title and on the image's page; an empty one still gets a label.
  const shownName = image.name.trim() ? image.name : '(no name)';
  // One line: runs of spaces and line breaks in the cloud's name read as one space.
  const oneLine = shownName.replace(/\s+/g, ' ');
  const head = oneLine.slice(0, -tailLength);
  const tail = oneLine.slice(-tailLength);
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
          <Anchor
            component={Link}
            to={href}
            fw={600}
            className={classes.name}
            title={image.name}
            data-unnamed={image.name.trim() === '' || undefined}
          >
            <span className={classes.head}>{head}</span>
            <span className={classes.tail} data-name-tail>
              {tail}
            </span>
          </Anchor>
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
}
