import { isCitrixInFlight, type CitrixImage } from '../../api/citrix/images.ts';
import { isRackspaceInFlight, type RackspaceImage } from '../../api/rackspace/images.ts';
import { inWords, spacedWords } from '../../lib/code-words.ts';

/** How a state reads at a glance: its colour and the facet it falls under. */
export type StateTone = 'ready' | 'in-progress' | 'failed' | 'other';

/** One image of either provider, as a card or a table row shows it. */
export interface GalleryImage {
  provider: 'citrix' | 'rackspace';
  id: string;
  name: string;
  os: string | null;
  sessionSupport: string | null;
  state: string;
  stateLabel: string;
  tone: StateTone;
  /** 0–100 while the image is being prepared, null otherwise. */
  progress: number | null;
  statusText: string | null;
  citrixPrepared: boolean;
  deprecated: boolean;
  vdaVersion: string | null;
  region: string | null;
  /** Catalogs that use the image (Citrix only). */
  linkedCatalogs: number | null;
  /** Base image or snapshot (Rackspace only). */
  kind: string | null;
  created: string | null;
  /** Lower-case text the search box matches against, computed once per fetch. */
  searchText: string;
}

const citrixFailedStates = new Set(['Failed', 'AzureResourcesNotFound']);

function citrixTone(image: CitrixImage): StateTone {
  if (image.state === 'Ready') return 'ready';
  if (citrixFailedStates.has(image.state)) return 'failed';
  return isCitrixInFlight(image) ? 'in-progress' : 'other';
}

/** Progress from the service's own estimate; null when it gave none. */
function citrixProgress(image: CitrixImage, now: number): number | null {
  if (!isCitrixInFlight(image) || !image.startedAt || !image.estimatedTimeInMinute) return null;
  const elapsed = now - Date.parse(image.startedAt);
  const fraction = elapsed / (image.estimatedTimeInMinute * 60_000);
  return Math.max(0, Math.min(99, Math.round(fraction * 100)));
}

export function fromCitrixImage(image: CitrixImage, now: number): GalleryImage {
  const os = image.osName ?? null;
  return {
    provider: 'citrix',
    id: image.id,
    name: image.name,
    os,
    sessionSupport: image.sessionSupport,
    state: image.state,
    stateLabel: inWords('imageState', image.state)?.words ?? spacedWords(image.state),
    tone: citrixTone(image),
    progress: citrixProgress(image, now),
    statusText: image.status || null,
    citrixPrepared: image.citrixPrepared,
    deprecated: image.isDeprecated ?? false,
    vdaVersion: image.vdaVersion ?? null,
    region: image.region || null,
    linkedCatalogs: image.linkedCatalogs ?? 0,
    kind: null,
    created: image.createdDate ?? null,
    searchText: [image.name, os, image.id, image.region, image.subscriptionName, image.vdaVersion]
      .filter(Boolean)
      .join(' ')
      .toLowerCase(),
  };
}

const rackspaceTones: Record<string, StateTone> = {
  ACTIVE: 'ready',
  SAVING: 'in-progress',
  ERROR: 'failed',
};

const distroNames: Record<string, string> = {
  ubuntu: 'Ubuntu',
  debian: 'Debian',
  almalinux: 'AlmaLinux',
  rocky: 'Rocky Linux',
  rhel: 'Red Hat Enterprise Linux',
  windows: 'Windows Server',
  centos: 'CentOS',
  fedora: 'Fedora',
};

/** Rackspace's metadata names the OS in a few ways; the friendliest one present wins. */
function rackspaceOs(image: RackspaceImage): string | null {
  const { metadata } = image;
  const raw = metadata.os_distro ?? metadata['org.openstack__1__os_distro'];
  const distro = raw ? (distroNames[raw] ?? raw) : undefined;
  const version = metadata['org.openstack__1__os_version'];
  if (!distro) return metadata.os_type ?? null;
  return version ? `${distro} ${version}` : distro;
}

/** `image_type` in words; null when the image does not say (the property unset or null). */
export function rackspaceKindWords(kind: string | null | undefined): string | null {
  if (kind === 'snapshot') return 'Snapshot';
  if (kind === 'base') return 'Base image';
  return kind ?? null;
}

export function fromRackspaceImage(image: RackspaceImage, region: string): GalleryImage {
  const os = rackspaceOs(image);
  return {
    provider: 'rackspace',
    id: image.id,
    name: image.name,
    os,
    sessionSupport: null,
    state: image.status,
    stateLabel: spacedWords(image.status.toLowerCase()),
    tone: rackspaceTones[image.status] ?? 'other',
    progress: isRackspaceInFlight(image) ? (image.progress ?? 0) : null,
    statusText: null,
    citrixPrepared: false,
    deprecated: false,
    vdaVersion: null,
    region,
    linkedCatalogs: null,
    kind: image.metadata.image_type ?? null,
    created: image.created ?? null,
    searchText: [image.name, os, image.id, image.server?.id]
      .filter(Boolean)
      .join(' ')
      .toLowerCase(),
  };
}
