import { memo } from 'react';
import { ImageBadges } from '../../../components/ImageBadges.tsx';
import { inWords } from '../../../lib/code-words.ts';
import { regionWords } from '../../../lib/region-words.ts';
import { rackspaceKindWords, type GalleryImage } from '../gallery-image.ts';
import classes from './ImageCard.module.css';
import { ImageName } from './ImageName.tsx';
import { ImageState } from './ImageStateBadge.tsx';

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
 * One image as a card. The gallery mounts a screenful of these on every filter change, so the
 * card's frame and text are plain elements styled by its CSS module, as Mantine's Card, Stack,
 * Group and Text would draw them, without their per-element theme work; the badges, the state
 * and the link stay Mantine's. Memoised: an image that did not change keeps its object, so when
 * another region's page arrives, the cards already on screen are not drawn again.
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
    <article className={classes.card} data-tone={image.tone} aria-label={shownName}>
      <div className={classes.title}>
        <ImageName name={image.name} href={href} />
        {showProvider && <ImageBadges provider={image.provider} />}
      </div>
      <ImageState image={image} />
      {image.statusText && image.tone !== 'ready' && (
        <p className={classes.status}>{image.statusText}</p>
      )}
      <p className={classes.facts} title={facts.join(' · ')}>
        {facts.join(' · ')}
      </p>
      <div className={classes.footer}>
        {image.linkedCatalogs !== null && (
          <span className={classes.catalogs} data-unused={image.linkedCatalogs === 0 || undefined}>
            {catalogsLine(image.linkedCatalogs)}
          </span>
        )}
        <ImageBadges citrixPrepared={image.citrixPrepared} deprecated={image.deprecated} />
      </div>
    </article>
  );
});
