import { createRandom, type Random } from '../random.ts';
import { DATASET_REFERENCE_TIME, DAY, toRfc3339 } from './time.ts';

/** Lowercase, as in the simulator's compute paths (`/rackspace/dfw/v2/{tenant}`). */
export const rackspaceRegions = ['dfw', 'ord', 'iad', 'lon', 'syd', 'hkg'] as const;
export type RackspaceRegion = (typeof rackspaceRegions)[number];

/**
 * An image as in `GET /v2/{tenant}/images/detail`, without `links` (they depend on the server URL and
 * are added when serialized). `regions` and `serverId` are simulator bookkeeping, not API fields.
 */
export interface RackspaceImage {
  id: string;
  name: string;
  status: 'ACTIVE' | 'SAVING' | 'ERROR' | 'UNKNOWN' | 'DELETED';
  progress: number;
  created: string;
  updated: string;
  minDisk: number;
  minRam: number;
  /** Bytes; a number on most images, a string of digits on some (see `withDocumentedForms`). */
  'OS-EXT-IMG-SIZE:size': number | string;
  'OS-DCF:diskConfig': 'AUTO' | 'MANUAL';
  /** Glance properties; a property that is unset reads as null (Nova's samples). */
  metadata: Record<string, string | null>;
  /** Base images are in every region; a snapshot lives in the region of its server. */
  regions: readonly RackspaceRegion[];
  serverId: string | null;
}

const distros = [
  {
    name: 'Ubuntu 24.04 LTS (Noble Numbat)',
    distro: 'ubuntu',
    rdns: 'com.ubuntu',
    version: '24.04',
    os: 'linux',
  },
  {
    name: 'Ubuntu 22.04 LTS (Jammy Jellyfish)',
    distro: 'ubuntu',
    rdns: 'com.ubuntu',
    version: '22.04',
    os: 'linux',
  },
  {
    name: 'Debian 12 (Bookworm)',
    distro: 'debian',
    rdns: 'org.debian',
    version: '12',
    os: 'linux',
  },
  { name: 'AlmaLinux 9', distro: 'almalinux', rdns: 'org.almalinux', version: '9', os: 'linux' },
  { name: 'Rocky Linux 9', distro: 'rocky', rdns: 'org.rockylinux', version: '9', os: 'linux' },
  {
    name: 'Red Hat Enterprise Linux 9',
    distro: 'rhel',
    rdns: 'com.redhat',
    version: '9',
    os: 'linux',
  },
  {
    name: 'Windows Server 2022 Standard',
    distro: 'windows',
    rdns: 'com.microsoft.server',
    version: '2022',
    os: 'windows',
  },
  {
    name: 'Windows Server 2019 Standard',
    distro: 'windows',
    rdns: 'com.microsoft.server',
    version: '2019',
    os: 'windows',
  },
] as const;

const serverNames = ['web01', 'web02', 'db01', 'app01', 'cache01', 'build01', 'mail01', 'vpn01'];
const flavors = [
  { name: '2 GB General Purpose v1', id: 'general1-2', ram: 2048, vcpus: 2, disk: 40 },
  { name: '4 GB Compute v1', id: 'compute1-4', ram: 4096, vcpus: 2, disk: 0 },
  { name: '8 GB I/O v1', id: 'io1-8', ram: 8192, vcpus: 4, disk: 40 },
  { name: '1 GB Standard Instance', id: '3', ram: 1024, vcpus: 1, disk: 40 },
] as const;

/** The tenant's servers: snapshots belong to one of them, so `?server=` finds several. */
interface SimulatedServer {
  id: string;
  name: string;
  region: RackspaceRegion;
  distro: (typeof distros)[number];
  flavor: (typeof flavors)[number];
}

function generateServers(random: Random): SimulatedServer[] {
  return rackspaceRegions.flatMap((region) =>
    serverNames.map((name) => ({
      id: random.guid(),
      name: region === 'dfw' ? name : `${region}-${name}`,
      region,
      distro: random.pick(distros),
      flavor: random.pick(flavors),
    })),
  );
}

/** Nova's status/progress pairs: progress is coarse (25/50/100), never a smooth percentage. */
const statuses: readonly (readonly [[RackspaceImage['status'], number], number])[] = [
  [['ACTIVE', 100], 84],
  [['SAVING', 25], 3],
  [['SAVING', 50], 4],
  [['ERROR', 0], 4],
  [['UNKNOWN', 0], 2],
  [['DELETED', 0], 3],
];

function baseMetadata(distro: (typeof distros)[number], random: Random): Record<string, string> {
  return {
    image_type: 'base',
    os_type: distro.os,
    os_distro: distro.distro,
    'org.openstack__1__os_distro': distro.rdns,
    'org.openstack__1__os_version': distro.version,
    'org.openstack__1__architecture': 'x64',
    'com.rackspace__1__visible_core': '1',
    'com.rackspace__1__release_id': String(random.int(1000, 1300)),
    'com.rackspace__1__ui_default_show': 'True',
    flavor_classes: '*,!onmetal',
    vm_mode: 'hvm',
    auto_disk_config: random.pick(['True', 'False', 'disabled']),
  };
}

function snapshotMetadata(
  server: SimulatedServer,
  baseImageId: string,
  userId: string,
  scheduled: boolean,
  random: Random,
): Record<string, string> {
  const { flavor, distro } = server;
  return {
    image_type: 'snapshot',
    instance_uuid: server.id,
    base_image_ref: baseImageId,
    user_id: userId,
    os_type: distro.os,
    os_distro: distro.distro,
    'org.openstack__1__os_distro': distro.rdns,
    'org.openstack__1__os_version': distro.version,
    'org.openstack__1__architecture': 'x64',
    instance_type_name: flavor.name,
    instance_type_flavorid: flavor.id,
    instance_type_memory_mb: String(flavor.ram),
    instance_type_vcpus: String(flavor.vcpus),
    instance_type_root_gb: String(flavor.disk),
    instance_type_ephemeral_gb: '0',
    instance_type_swap: '0',
    instance_type_rxtx_factor: '1.0',
    xenapi_image_compression_level: '1',
    'com.rackspace__1__visible_core': '0',
    auto_disk_config: random.pick(['True', 'False']),
    ...(distro.os === 'windows' ? { rax_activation_profile: 'windows' } : {}),
    ...(scheduled ? { 'org.openstack__1__created_by': 'scheduled_images_service' } : {}),
  };
}

/**
 * Both forms the documents give for two fields, each on some images, chosen by position so the same
 * images take them on every start and any page of a few images meets both:
 * - `OS-EXT-IMG-SIZE:size` as a string of digits, as seed 004 types it (xsd:string) and Nova's
 *   published samples write it ("74185822"), on every third image; a number on the others;
 * - unset Glance properties as null metadata values (`"ramdisk_id": null` in Nova's
 *   images-details-get-resp.json), on every fourth image.
 */
function withDocumentedForms(image: RackspaceImage, index: number): RackspaceImage {
  const size = image['OS-EXT-IMG-SIZE:size'];
  return {
    ...image,
    'OS-EXT-IMG-SIZE:size': index % 3 === 1 ? String(size) : size,
    metadata:
      index % 4 === 2 ? { ...image.metadata, kernel_id: null, ramdisk_id: null } : image.metadata,
  };
}

/**
 * One base image per distribution (in every region), then snapshots of the tenant's servers, a few
 * of them still SAVING or failed. Sorted newest first by the routes, as Nova lists them.
 */
export function generateRackspaceImages(seed: number, count: number): RackspaceImage[] {
  const random = createRandom(seed, 'rackspace-images');
  const servers = generateServers(random);
  const userId = String(random.int(100_000, 999_999));
  const baseIds = distros.map(() => random.guid());
  return Array.from({ length: count }, (_, index): RackspaceImage => {
    const isBase = index < distros.length;
    const created = DATASET_REFERENCE_TIME - random.int(0, 720) * DAY - random.int(0, DAY);
    if (isBase) {
      const distro = distros[index]!;
      const metadata = baseMetadata(distro, random);
      return {
        id: baseIds[index]!,
        name: distro.name,
        status: 'ACTIVE',
        progress: 100,
        created: toRfc3339(created),
        updated: toRfc3339(created + random.int(60, 3 * 3600) * 1000),
        minDisk: distro.os === 'windows' ? 40 : 20,
        minRam: distro.os === 'windows' ? 2048 : 512,
        'OS-EXT-IMG-SIZE:size':
          random.int(400, distro.os === 'windows' ? 14_000 : 4_000) * 1_048_576,
        'OS-DCF:diskConfig': metadata.auto_disk_config === 'True' ? 'AUTO' : 'MANUAL',
        metadata,
        regions: rackspaceRegions,
        serverId: null,
      } satisfies RackspaceImage;
    }
    // The first snapshots take one status each, on the first region's servers, so even a small
    // dataset shows every status in the default region.
    const showcase = index - distros.length;
    const server = showcase < statuses.length ? servers[showcase]! : random.pick(servers);
    const [status, progress] =
      showcase < statuses.length ? statuses[showcase]![0] : random.weighted(statuses);
    const scheduled = random.chance(0.4);
    const baseImageId = baseIds[distros.indexOf(server.distro)]!;
    const metadata = snapshotMetadata(server, baseImageId, userId, scheduled, random);
    return {
      id: random.guid(),
      name: scheduled
        ? `Daily-${server.name}-${Math.floor(created / 1000)}`
        : `${server.name}-${server.distro.distro}-snapshot-${index}`,
      status,
      progress,
      created: toRfc3339(created),
      updated: toRfc3339(created + random.int(60, 3 * 3600) * 1000),
      minDisk: Math.max(server.flavor.disk, server.distro.os === 'windows' ? 40 : 20),
      minRam: server.flavor.ram,
      'OS-EXT-IMG-SIZE:size':
        random.int(400, server.distro.os === 'windows' ? 14_000 : 4_000) * 1_048_576,
      'OS-DCF:diskConfig': metadata.auto_disk_config === 'True' ? 'AUTO' : 'MANUAL',
      metadata,
      regions: [server.region],
      serverId: server.id,
    } satisfies RackspaceImage;
  }).map(withDocumentedForms);
}
