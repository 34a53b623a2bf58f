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
  'OS-EXT-IMG-SIZE:size': number;
  'OS-DCF:diskConfig': 'AUTO' | 'MANUAL';
  metadata: Record<string, string>;
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

export function generateRackspaceImages(seed: number, count: number): RackspaceImage[] {
  const random = createRandom(seed, 'rackspace-images');
  return Array.from({ length: count }, (_, index) => {
    const distro = random.pick(distros);
    const isBase = index < distros.length || random.chance(0.15);
    const [status, progress] = isBase ? (['ACTIVE', 100] as const) : random.weighted(statuses);
    const created = DATASET_REFERENCE_TIME - random.int(0, 720) * DAY - random.int(0, DAY);
    const serverName = random.pick(serverNames);
    const serverId = isBase ? null : random.guid();
    const metadata = isBase
      ? baseMetadata(distro, random)
      : {
          image_type: 'snapshot',
          instance_uuid: serverId ?? '',
          os_type: distro.os,
          'org.openstack__1__os_distro': distro.rdns,
          instance_type_name: random.pick([
            '2 GB General Purpose v1',
            '4 GB Compute v1',
            '8 GB I/O v1',
          ]),
          auto_disk_config: random.pick(['True', 'False']),
          ...(random.chance(0.4)
            ? { 'org.openstack__1__created_by': 'scheduled_images_service' }
            : {}),
        };
    const scheduled = metadata['org.openstack__1__created_by'] !== undefined;
    return {
      id: random.guid(),
      name: isBase
        ? distro.name
        : scheduled
          ? `Daily-${serverName}-${Math.floor(created / 1000)}`
          : `${serverName}-${distro.distro}-snapshot-${index}`,
      status,
      progress,
      created: toRfc3339(created),
      updated: toRfc3339(created + random.int(60, 3 * 3600) * 1000),
      minDisk: distro.os === 'windows' ? 40 : 20,
      minRam: distro.os === 'windows' ? 2048 : 512,
      'OS-EXT-IMG-SIZE:size': random.int(400, distro.os === 'windows' ? 14_000 : 4_000) * 1_048_576,
      'OS-DCF:diskConfig': metadata.auto_disk_config === 'True' ? 'AUTO' : 'MANUAL',
      metadata,
      regions: isBase ? rackspaceRegions : [random.pick(rackspaceRegions)],
      serverId,
    };
  });
}
