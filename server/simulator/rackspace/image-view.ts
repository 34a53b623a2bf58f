import type { RackspaceImage } from '../data/rackspace-images.ts';

/** Where the image's links point: the simulator's own compute endpoint for this region and tenant. */
export interface ComputeBase {
  origin: string;
  region: string;
  tenant: string;
}

function imageLinks({ origin, region, tenant }: ComputeBase, id: string) {
  return [
    { rel: 'self', href: `${origin}/rackspace/${region}/v2/${tenant}/images/${id}` },
    { rel: 'bookmark', href: `${origin}/rackspace/${region}/${tenant}/images/${id}` },
    {
      rel: 'alternate',
      type: 'application/vnd.openstack.image',
      href: `${origin}/rackspace/${region}/images/${id}`,
    },
  ];
}

/** `GET /images`: id, name and links only (reference/rackspace-notes.md §1.1). */
export function toImageSummary(image: RackspaceImage, base: ComputeBase) {
  return { id: image.id, name: image.name, links: imageLinks(base, image.id) };
}

/** `GET /images/detail` item and `GET /images/{id}` body; `server` only for snapshots (§1.5). */
export function toImageDetail(image: RackspaceImage, base: ComputeBase) {
  const { serverId } = image;
  // `regions` and `serverId` are simulator bookkeeping, not API fields.
  const fields = Object.fromEntries(
    Object.entries(image).filter(([key]) => key !== 'regions' && key !== 'serverId'),
  );
  const serverHref = `${base.origin}/rackspace/${base.region}`;
  return {
    ...fields,
    links: imageLinks(base, image.id),
    ...(serverId
      ? {
          server: {
            id: serverId,
            links: [
              { rel: 'self', href: `${serverHref}/v2/${base.tenant}/servers/${serverId}` },
              { rel: 'bookmark', href: `${serverHref}/${base.tenant}/servers/${serverId}` },
            ],
          },
        }
      : {}),
  };
}
