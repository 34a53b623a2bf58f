import { createRandom } from '../random.ts';
import type { CitrixCustomer } from './customer.ts';
import { DATASET_REFERENCE_TIME, DAY, toRfc3339 } from './time.ts';
import { azureRegions, imageNameStems, vdaVersions, vmSizes, windowsImages } from './vocabulary.ts';

/**
 * A master image as the catalog service's `TemplateImageOverview` (camelCase, spec keys only).
 * Other modules may add their own bookkeeping keys at run time; the routes serialize spec keys only.
 */
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
  statusMessageId: string | null;
  /** "" when there is nothing to say, as seed 000 shows for a Ready image, never null. */
  status: string;
  /** "" unless there is something to add (seed 000), never null. */
  extraInfo: string;
  notes: string | null;
  transactionId: string;
  subscriptionId: string;
  subscriptionName: string;
  resourceGroup: string;
  storageAccount: string | null;
  region: string;
  builderVmName: string | null;
  builderVmType: string | null;
  builderVmDiskSize: string | null;
  builderDomainName: string | null;
  builderAllowedIPs: string[] | null;
  hyperVGen: 'V1' | 'V2';
  vtpmEnabled: boolean;
  secureBootEnabled: boolean;
  citrixPrepared: boolean;
  isCmekEnabled: boolean;
  isDeprecated: boolean;
  /** Filled in once catalogs exist; the routes recompute both from the catalogs at request time. */
  linkedCatalogs: number;
  linkedCatalogsNames: string[];
  createdDate: string;
  finalizedDate: string | null;
  diskSizeInGB: number;
  /** Set while the image is being prepared (Pending, Importing, Builder*), with the expected duration. */
  startedAt: string | null;
  estimatedTimeInMinute: number | null;
}

type StateRow = readonly [state: string, subState: string | null, status: string | null];

/**
 * Every `TemplateImageState`, mostly Ready. The first images take one state each, so even a small
 * dataset shows every state the console must render.
 */
const imageStates: readonly (readonly [StateRow, number])[] = [
  [['Ready', null, null], 62],
  [['Pending', 'ProcessingProvisioningMasterImage', 'Provisioning the master image'], 4],
  [['Importing', 'ProcessingImportingImageVhdFile', 'Importing the VHD file from the URL'], 4],
  [['BuilderProvisioning', 'ProcessingCreatingBuilderVm', 'Creating the image builder VM'], 3],
  [['BuilderActive', null, 'The image builder VM is running; connect to it to customize'], 4],
  [['BuilderStopped', null, 'The image builder VM is stopped'], 3],
  [['BuilderVerifying', 'ProcessingVerifyingMasterImage', 'Verifying the master image'], 2],
  [['BuilderRestarting', 'ProcessingPoweringBuilderVm', 'Restarting the image builder VM'], 2],
  [
    [
      'Failed',
      'ErrorMasterImageNoSupportedVdaFound',
      'The Virtual Delivery Agent (VDA) for Server OS was not found on the master image. Install a supported VDA and try again.',
    ],
    4,
  ],
  [
    [
      'Failed',
      'ErrorMasterImageProvisioningFailed',
      'Master image provisioning failed: the VHD could not be copied to the storage account.',
    ],
    3,
  ],
  [
    [
      'Failed',
      'ErrorBuilderNoQuota',
      'The Azure subscription has no quota left for the image builder VM size.',
    ],
    2,
  ],
  [['NotStarted', null, 'Waiting to start'], 2],
  [['Enumerating', null, 'Enumerating the applications installed on the image'], 2],
  [
    [
      'AzureResourcesNotFound',
      'ErrorMasterImageNotFound',
      'The managed disk of this image was deleted from Azure.',
    ],
    2,
  ],
];

/** Prepared by Citrix and offered to every customer (the seed document's "Windows 10 RS4 Pro…"). */
function citrixPreparedName(osName: string, vda: string) {
  return `${osName} with VDA ${vda}`;
}

export function generateCitrixImages(
  seed: number,
  count: number,
  customer: CitrixCustomer,
): CitrixImage[] {
  const random = createRandom(seed, 'citrix-images');
  return Array.from({ length: count }, (_, index) => {
    const os = random.pick(windowsImages);
    const subscription = random.pick(customer.azureSubscriptions);
    const citrixPrepared = index > imageStates.length && random.chance(0.1);
    // The first image is always usable (catalogs link to it), then one image per state.
    const [state, subState, status] =
      index === 0
        ? (['Ready', null, null] as const)
        : index <= imageStates.length
          ? imageStates[index - 1]![0]
          : citrixPrepared
            ? (['Ready', null, null] as const)
            : random.weighted(imageStates);
    const hasBuilder = state.startsWith('Builder');
    const inFlight = ['Pending', 'Importing', 'Enumerating'].includes(state) || hasBuilder;
    const created = DATASET_REFERENCE_TIME - random.int(1, 540) * DAY - random.int(0, DAY);
    const stem = random.pick(imageNameStems);
    const vda = random.pick(vdaVersions);
    const rgStem = stem.toLowerCase().replace(/\s+/g, '-');
    return {
      id: random.guid(),
      name: citrixPrepared
        ? citrixPreparedName(os.osName, vda)
        : `${stem} ${os.server ? 'Server' : 'Desktop'} ${toRfc3339(created).slice(0, 7)} #${index + 1}`,
      sessionSupport: os.multi ? 'MultiSession' : 'SingleSession',
      state,
      subState,
      osPlatform: 'Windows',
      osName: os.osName,
      osVersion: os.osVersion,
      isServerOs: os.server,
      vdaVersion: state === 'Ready' || hasBuilder ? vda : null,
      statusMessageId: subState,
      status: status ?? '',
      extraInfo: state === 'Failed' ? `Correlation ID ${random.guid()}` : '',
      notes: random.chance(0.3) ? `Golden image maintained by the ${stem} team` : null,
      transactionId: random.guid(),
      subscriptionId: citrixPrepared ? customer.azureSubscriptions[0]!.id : subscription.id,
      subscriptionName: citrixPrepared ? customer.azureSubscriptions[0]!.name : subscription.name,
      resourceGroup: citrixPrepared ? 'rg-citrix-prepared-images' : `rg-images-${rgStem}`,
      storageAccount: citrixPrepared ? null : `stimg${rgStem.replace(/-/g, '')}${random.base36(4)}`,
      region: random.pick(azureRegions),
      builderVmName: hasBuilder ? `ib-${random.base36(8)}` : null,
      builderVmType: hasBuilder ? random.pick(vmSizes) : null,
      builderVmDiskSize: hasBuilder ? `${random.pick([128, 256])} GB` : null,
      builderDomainName: hasBuilder ? customer.dnsDomain : null,
      builderAllowedIPs: hasBuilder ? [`203.0.113.${random.int(1, 254)}/32`] : null,
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
      // Re-anchored to the simulator clock when the routes start (image-builds.ts).
      startedAt: inFlight ? toRfc3339(DATASET_REFERENCE_TIME) : null,
      estimatedTimeInMinute: inFlight ? random.int(10, 45) : null,
    };
  });
}
