import { createRandom } from '../random.ts';
import type { CitrixImage } from './citrix-images.ts';
import type { CitrixCustomer } from './customer.ts';
import { DATASET_REFERENCE_TIME, DAY, toRfc3339 } from './time.ts';
import { azureRegions, catalogStems, vmSizes } from './vocabulary.ts';

/** A catalog as the catalog service's `CatalogConfiguration` (camelCase, no extra keys). */
export interface CitrixCatalog {
  id: string;
  name: string;
  sessionSupport: 'MultiSession' | 'SingleSession';
  allocationType: 'Permanent' | 'Random';
  offeringId: string;
  offeringIdApp: string;
  offeringIdDesktop: string;
  deliveryGroupId: string;
  advanced: boolean;
  state: string;
  subState: string | null;
  warnings: { type: string; isDismissible: boolean; warningMessage: string; isError: boolean }[];
  statusMessage: string | null;
  subscriptionId: string;
  subscriptionName: string;
  resourceGroup: string;
  resourceLocationId: string;
  region: string;
  vNetName: string;
  subnet: string;
  domainJoined: boolean;
  domainName: string | null;
  vmTypeInstanceType: string;
  imageId: string | null;
  templateImageName: string | null;
  templateImageOs: string | null;
  citrixManaged: boolean;
  totalMachinesInCatalog: number;
  numOfUsers: number;
  maxNumOfUsers: number;
  taskCompletionPercentage: number | null;
  lastModifiedTime: string;
  isRemotePcCatalog: boolean;
  isAzureAdJoined: boolean;
  isSecureBrowserCatalog: boolean;
  supportsHibernation: boolean;
  enableAcceleratedNetworking: boolean;
  enableEncryptionAtHost: boolean;
  catalogType: string;
}

type StateRow = readonly [state: string, subState: string | null, message: string | null];

const catalogStates: readonly (readonly [StateRow, number])[] = [
  [['Active', null, null], 64],
  [['Processing', 'ProcessingVdaUpdatingCitrixServers', 'Updating the catalog image'], 10],
  [['InputRequired', null, null], 10],
  [['Error', 'ErrorVdaUpdateCitrixServersFailed', 'Updating the image on the machines failed'], 8],
  [['PreDeployment', null, null], 5],
  [['Deleting', 'ProcessingVdaDeletingCitrixServers', 'Deleting the catalog'], 3],
];

/** Catalogs in these states have running machines, so they can host sessions. */
export const sessionHostingStates: ReadonlySet<string> = new Set(['Active', 'Processing', 'Error']);

function pickImage(random: ReturnType<typeof createRandom>, images: readonly CitrixImage[]) {
  const ready = images.filter((image) => image.state === 'Ready');
  return ready.length > 0 ? random.pick(ready) : null;
}

/**
 * Catalogs reference images that exist (and are Ready); machine counts are filled in later from the
 * sessions they host, so catalogs and sessions always agree.
 */
export function generateCatalogs(
  seed: number,
  count: number,
  customer: CitrixCustomer,
  images: readonly CitrixImage[],
): CitrixCatalog[] {
  const random = createRandom(seed, 'catalogs');
  const usedNames = new Map<string, number>();
  return Array.from({ length: count }, (_, index) => {
    const image = pickImage(random, images);
    const sessionSupport =
      image?.sessionSupport ?? (random.chance(0.6) ? 'MultiSession' : 'SingleSession');
    const [state, subState, statusMessage] =
      index === 0 ? catalogStates[0]![0] : random.weighted(catalogStates);
    const stem = random.pick(catalogStems);
    const kind = sessionSupport === 'MultiSession' ? 'Shared' : 'Dedicated';
    const baseName = `${stem} ${kind}`;
    const seen = (usedNames.get(baseName) ?? 0) + 1;
    usedNames.set(baseName, seen);
    const subscription = image
      ? { id: image.subscriptionId, name: image.subscriptionName }
      : random.pick(customer.azureSubscriptions);
    const offeringBase = random.hex(8);
    const domainJoined = random.chance(0.8);
    return {
      id: random.guid(),
      name: seen > 1 ? `${baseName} ${seen}` : baseName,
      sessionSupport,
      allocationType:
        sessionSupport === 'SingleSession' && random.chance(0.5) ? 'Permanent' : 'Random',
      offeringId: `${offeringBase}${sessionSupport === 'MultiSession' ? 'Applications' : 'Desktop'}`,
      offeringIdApp: `${offeringBase}Applications`,
      offeringIdDesktop: `${offeringBase}Desktop`,
      deliveryGroupId: random.guid(),
      advanced: random.chance(0.3),
      state,
      subState,
      warnings:
        state === 'InputRequired'
          ? [
              {
                type: 'AppsRequired',
                isDismissible: false,
                warningMessage:
                  'You must assign at least one user and one application to your catalog to be ready',
                isError: false,
              },
            ]
          : [],
      statusMessage,
      subscriptionId: subscription.id,
      subscriptionName: subscription.name,
      resourceGroup: `rg-daas-${stem.toLowerCase().replace(/\s+/g, '-')}`,
      resourceLocationId: random.guid(),
      region: image?.region ?? random.pick(azureRegions),
      vNetName: `vnet-daas-${random.pick(['hub', 'spoke1', 'spoke2'])}`,
      subnet: `snet-vda-${random.int(1, 4)}`,
      domainJoined,
      domainName: domainJoined ? customer.dnsDomain : null,
      vmTypeInstanceType: random.pick(vmSizes),
      imageId: image?.id ?? null,
      templateImageName: image?.name ?? null,
      templateImageOs: image?.osName ?? null,
      citrixManaged: random.chance(0.2),
      totalMachinesInCatalog: 0,
      numOfUsers: 0,
      maxNumOfUsers: 0,
      taskCompletionPercentage: state === 'Processing' ? random.int(5, 95) : null,
      lastModifiedTime: toRfc3339(DATASET_REFERENCE_TIME - random.int(0, 120) * DAY),
      isRemotePcCatalog: false,
      isAzureAdJoined: !domainJoined,
      isSecureBrowserCatalog: false,
      supportsHibernation: sessionSupport === 'SingleSession' && random.chance(0.3),
      enableAcceleratedNetworking: random.chance(0.7),
      enableEncryptionAtHost: random.chance(0.4),
      catalogType: domainJoined ? 'CustomerDomainJoined' : 'CustomerAzureAdJoined',
    };
  });
}
