import { createRandom } from '../random.ts';
import type { CitrixCustomer } from './customer.ts';
import { DATASET_REFERENCE_TIME, DAY, toRfc3339 } from './time.ts';
import { azureRegions, imageNameStems, vdaVersions, vmSizes, windowsImages } from './vocabulary.ts';

/** A master image as the catalog service's `TemplateImageOverview` (camelCase, no extra keys). */
export interface CitrixImage {
  id: string;
  name: string;
  sessionSupport: 'MultiSession' | 'SingleSession';
  state: string;
  subState: string | null;
  osPlatform: 'Windows';
  osName: string;
  osVersion: string;
  isServerOs: boolean;
  vdaVersion: string | null;
  status: string | null;
  notes: string | null;
  subscriptionId: string;
  subscriptionName: string;
  resourceGroup: string;
  region: string;
  builderVmName: string | null;
  builderVmType: string | null;
  hyperVGen: 'V1' | 'V2';
  vtpmEnabled: boolean;
  secureBootEnabled: boolean;
  citrixPrepared: boolean;
  isCmekEnabled: boolean;
  isDeprecated: boolean;
  /** Filled in once catalogs exist: how many catalogs use this image, and their names. */
  linkedCatalogs: number;
  linkedCatalogsNames: string[];
  createdDate: string;
  finalizedDate: string | null;
  diskSizeInGB: number;
}

/** Mostly Ready; the rest show the in-progress and failure states the console must render. */
const imageStates: readonly (readonly [[string, string | null, string | null], number])[] = [
  [['Ready', null, null], 70],
  [['Pending', 'ProcessingProvisioningMasterImage', 'Provisioning the master image'], 6],
  [['Importing', 'ProcessingImportingImageVhdFile', 'Importing the VHD file'], 4],
  [['BuilderActive', null, 'Image builder VM is running'], 6],
  [['BuilderStopped', null, 'Image builder VM is stopped'], 5],
  [
    [
      'Failed',
      'ErrorMasterImageNoSupportedVdaFound',
      'The Virtual Delivery Agent (VDA) was not found',
    ],
    5,
  ],
  [['Failed', 'ErrorMasterImageProvisioningFailed', 'Master image provisioning failed'], 4],
];

export function generateCitrixImages(
  seed: number,
  count: number,
  customer: CitrixCustomer,
): CitrixImage[] {
  const random = createRandom(seed, 'citrix-images');
  return Array.from({ length: count }, (_, index) => {
    const os = random.pick(windowsImages);
    const subscription = random.pick(customer.azureSubscriptions);
    const citrixPrepared = random.chance(0.1);
    // The first image is always usable, so there is an image to link catalogs to.
    const [state, subState, status] =
      index === 0 ? ['Ready', null, null] : random.weighted(imageStates);
    const hasBuilder = state.startsWith('Builder');
    const created = DATASET_REFERENCE_TIME - random.int(1, 540) * DAY - random.int(0, DAY);
    const stem = random.pick(imageNameStems);
    return {
      id: random.guid(),
      name: citrixPrepared
        ? `${os.osName} (Citrix prepared) ${index + 1}`
        : `${stem} ${os.server ? 'Server' : 'Desktop'} ${toRfc3339(created).slice(0, 7)} #${index + 1}`,
      sessionSupport: os.multi ? 'MultiSession' : 'SingleSession',
      state,
      subState,
      osPlatform: 'Windows',
      osName: os.osName,
      osVersion: os.osVersion,
      isServerOs: os.server,
      vdaVersion: state === 'Ready' ? random.pick(vdaVersions) : null,
      status,
      notes: random.chance(0.3) ? `Golden image maintained by the ${stem} team` : null,
      subscriptionId: subscription.id,
      subscriptionName: subscription.name,
      resourceGroup: `rg-images-${stem.toLowerCase().replace(/\s+/g, '-')}`,
      region: random.pick(azureRegions),
      builderVmName: hasBuilder ? `ib-${random.base36(8)}` : null,
      builderVmType: hasBuilder ? random.pick(vmSizes) : null,
      hyperVGen: random.chance(0.85) ? 'V2' : 'V1',
      vtpmEnabled: random.chance(0.6),
      secureBootEnabled: random.chance(0.6),
      citrixPrepared,
      isCmekEnabled: false,
      isDeprecated: citrixPrepared && random.chance(0.3),
      linkedCatalogs: 0,
      linkedCatalogsNames: [],
      createdDate: toRfc3339(created),
      finalizedDate: state === 'Ready' ? toRfc3339(created + random.int(1, 72) * 3_600_000) : null,
      diskSizeInGB: random.pick([64, 127, 128, 256]),
    };
  });
}
