import { Badge, type MantineSize } from '@mantine/core';

export const providerNames = {
  citrix: 'Citrix DaaS',
  rackspace: 'Rackspace',
} as const;

export type ImageProvider = keyof typeof providerNames;

export interface ImageBadgesProps {
  /** The cloud the image lives in, where several are listed together. */
  provider?: ImageProvider;
  /** Marks the image a catalog runs now, among the ones it could change to. */
  current?: boolean;
  citrixPrepared?: boolean | null;
  deprecated?: boolean | null;
  /** @default 'sm' */
  size?: MantineSize;
}

/**
 * The badges that say what kind of image this is, the same in the gallery, on its page and in
 * the rollout wizard. Renders only the badges, so the caller's group lays them out.
 */
export function ImageBadges({
  provider,
  current,
  citrixPrepared,
  deprecated,
  size = 'sm',
}: ImageBadgesProps) {
  return (
    <>
      {provider && (
        <Badge variant="default" size={size} style={{ flexShrink: 0 }}>
          {providerNames[provider]}
        </Badge>
      )}
      {current && (
        <Badge variant="outline" size={size}>
          Current
        </Badge>
      )}
      {citrixPrepared && (
        <Badge variant="outline" color="grape" size={size}>
          Citrix prepared
        </Badge>
      )}
      {deprecated && (
        <Badge variant="outline" color="orange" size={size}>
          Deprecated
        </Badge>
      )}
    </>
  );
}
