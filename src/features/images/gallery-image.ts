import { isCitrixInFlight, type CitrixImage } from '../../api/citrix/images.ts';
import { isRackspaceInFlight, type RackspaceImage } from '../../api/rackspace/images.ts';
import { inWords, spacedWords } from '../../lib/code-words.ts';
import { regionWords } from '../../lib/region-words.ts';

/** How a state reads at a glance: its colour and the facet it falls under. */
export type StateTone = 'ready' | 'in-progress' | 'failed' | 'other';

export type PreparedBy = 'customer' | 'citrix' | 'rackspace';

/** One image of either provider, as a card or a table row shows it. */
export interface GalleryImage {
  provider: 'citrix' | 'rackspace';
  id: string;
  name: string;
  os: string | null;
  /** The OS without its version or edition ("Ubuntu", "Windows Server"): the OS facet's value. */
  osFamily: string | null;
  sessionSupport: string | null;
  state: string;
  stateLabel: string;
  tone: StateTone;
  /** 0–100 while the image is being prepared, null otherwise. */
  progress: number | null;
  statusText: string | null;
  citrixPrepared: boolean;
  /**
   * Who made the image: the customer's own (Citrix customer-prepared, a Rackspace snapshot), or
   * one the cloud supplies (Citrix-prepared, a Rackspace base image).
   */
  preparedBy: PreparedBy;
  deprecated: boolean;
  vdaVersion: string | null;
  /** Azure region (Citrix) or Rackspace region (upper case, as the connection names it). */
  region: string | null;
  /** Catalogs that use the image (Citrix only). */
  linkedCatalogs: number | null;
  /** Base image or snapshot (Rackspace only). */
  kind: string | null;
  created: string | null;
  updated: string | null;
  /** Bytes; null when not reported (a Rackspace image still saving). */
  size: number | null;
  /** In progress for longer than expected. */
  overdue: boolean;
  /** Failed, overdue, or deprecated while catalogs still use it: the "Needs attention" view. */
  needsAttention: boolean;
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

/** Past the service's own estimate by half again: no longer "still building" but stuck. */
function citrixOverdue(image: CitrixImage, now: number): boolean {
  if (!isCitrixInFlight(image) || !image.startedAt || !image.estimatedTimeInMinute) return false;
  return now - Date.parse(image.startedAt) > image.estimatedTimeInMinute * 60_000 * 1.5;
}

/**
 * Rackspace gives no estimate; a snapshot normally saves in minutes, so one still SAVING an hour
 * after its last step is taken as stuck.
 */
/**
 * What tells one image from every other across clouds and regions: IDs are unique only within
 * one provider's region. The list, the cards and the table rows key on it.
 */
export function galleryImageKey(image: GalleryImage): string {
  return `${image.provider}:${image.region}:${image.id}`;
}

export const rackspaceSavingExpectedMs = 60 * 60_000;

function needsAttention(
  image: Pick<GalleryImage, 'tone' | 'overdue' | 'deprecated' | 'linkedCatalogs'>,
) {
  return (
    image.tone === 'failed' ||
    image.overdue ||
    (image.deprecated && (image.linkedCatalogs ?? 0) > 0)
  );
}

/** Desktop and server Windows are told apart (an admin picks one for a catalog's machines). */
function citrixOsFamily(image: CitrixImage): string | null {
  const name = image.osName ?? '';
  const platform = image.osPlatform ?? (name.startsWith('Windows') ? 'Windows' : null);
  if (platform !== 'Windows') return platform ?? null;
  return image.isServerOs || name.includes('Server') ? 'Windows Server' : 'Windows';
}

export function fromCitrixImage(image: CitrixImage, now: number): GalleryImage {
  const os = image.osName ?? null;
  const shown: Omit<GalleryImage, 'needsAttention'> = {
    provider: 'citrix',
    id: image.id,
    name: image.name,
    os,
    osFamily: citrixOsFamily(image),
    sessionSupport: image.sessionSupport,
    state: image.state,
    stateLabel: inWords('imageState', image.state)?.words ?? spacedWords(image.state),
    tone: citrixTone(image),
    progress: citrixProgress(image, now),
    statusText: image.status || null,
    citrixPrepared: image.citrixPrepared,
    preparedBy: image.citrixPrepared ? 'citrix' : 'customer',
    deprecated: image.isDeprecated ?? false,
    vdaVersion: image.vdaVersion ?? null,
    region: image.region || null,
    linkedCatalogs: image.linkedCatalogs ?? 0,
    kind: null,
    created: image.createdDate ?? null,
    updated: image.finalizedDate ?? image.createdDate ?? null,
    size: image.diskSizeInGB ? image.diskSizeInGB * 1024 ** 3 : null,
    overdue: citrixOverdue(image, now),
    searchText: [
      image.name,
      os,
      image.id,
      image.region && regionWords(image.region),
      image.region,
      image.subscriptionName,
      image.vdaVersion,
    ]
      .filter(Boolean)
      .join(' ')
      .toLowerCase(),
  };
  return { ...shown, needsAttention: needsAttention(shown) };
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
  linux: 'Linux',
};

/** Rackspace's metadata names the OS in a few ways; the friendliest one present wins. */
function rackspaceOs(image: RackspaceImage): { os: string | null; family: string | null } {
  const { metadata } = image;
  const raw = metadata.os_distro ?? metadata['org.openstack__1__os_distro'] ?? metadata.os_type;
  if (!raw) return { os: null, family: null };
  const family = distroNames[raw] ?? raw;
  const version = metadata['org.openstack__1__os_version'];
  return { os: version ? `${family} ${version}` : family, family };
}

/** `image_type` in words; null when the image does not say (the property unset or null). */
export function rackspaceKindWords(kind: string | null | undefined): string | null {
  if (kind === 'snapshot') return 'Snapshot';
  if (kind === 'base') return 'Base image';
  return kind ?? null;
}

export function fromRackspaceImage(
  image: RackspaceImage,
  region: string,
  now: number,
): GalleryImage {
  const { os, family } = rackspaceOs(image);
  const inFlight = isRackspaceInFlight(image);
  const lastStep = Date.parse(image.updated ?? image.created ?? '');
  const shown: Omit<GalleryImage, 'needsAttention'> = {
    provider: 'rackspace',
    id: image.id,
    name: image.name,
    os,
    osFamily: family,
    sessionSupport: null,
    state: image.status,
    stateLabel:
      inWords('rackspaceImageStatus', image.status)?.words ??
      spacedWords(image.status.toLowerCase()),
    tone: rackspaceTones[image.status] ?? 'other',
    progress: inFlight ? (image.progress ?? 0) : null,
    statusText: null,
    citrixPrepared: false,
    // A base image is Rackspace's; a snapshot (or an image that does not say) is the customer's.
    preparedBy: image.metadata.image_type === 'base' ? 'rackspace' : 'customer',
    deprecated: false,
    vdaVersion: null,
    region,
    linkedCatalogs: null,
    kind: image.metadata.image_type ?? null,
    created: image.created ?? null,
    updated: image.updated ?? null,
    size: image['OS-EXT-IMG-SIZE:size'] ?? null,
    overdue: inFlight && now - lastStep > rackspaceSavingExpectedMs,
    searchText: [image.name, os, image.id, image.server?.id, regionWords(region)]
      .filter(Boolean)
      .join(' ')
      .toLowerCase(),
  };
  return { ...shown, needsAttention: needsAttention(shown) };
}
