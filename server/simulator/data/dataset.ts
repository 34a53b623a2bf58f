import type { SimulatorConfig } from '../config.ts';
import { createRandom } from '../random.ts';
import { generateCatalogs, type CitrixCatalog } from './catalogs.ts';
import { generateCitrixImages, type CitrixImage } from './citrix-images.ts';
import {
  generateCustomer,
  generateDemoCredentials,
  type CitrixCustomer,
  type DemoCredentials,
} from './customer.ts';
import { makeHostile } from './hostile-strings.ts';
import { generateRackspaceImages, type RackspaceImage } from './rackspace-images.ts';
import { generateSessions, type SessionTable } from './sessions.ts';
import { markVerificationFailure } from './verification-failure.ts';
import { DATASET_REFERENCE_TIME } from './time.ts';
import { subscriptionNames } from './vocabulary.ts';

/** Everything the simulator serves, generated once from the seed at start-up. */
export interface Dataset {
  seed: number;
  referenceTime: number;
  customer: CitrixCustomer;
  credentials: DemoCredentials;
  /** `S-1-5-21-a-b-c`: the directory domain's SID, prefix of every user's SID. */
  domainSid: string;
  /** Salts for compact IDs, so sessions and machines of different seeds never collide. */
  idSalts: { session: number; machine: number };
  citrixImages: CitrixImage[];
  catalogs: CitrixCatalog[];
  sessions: SessionTable;
  rackspaceImages: RackspaceImage[];
  /** SIM_HOSTILE_DATA: names and free text hold script payloads, long and odd text, or nothing. */
  hostile: boolean;
}

type DatasetSize = Pick<
  SimulatorConfig,
  'seed' | 'sessions' | 'catalogs' | 'citrixImages' | 'rackspaceImages'
> &
  Partial<Pick<SimulatorConfig, 'hostileData'>>;

/** Back-fills what only becomes known once catalogs and sessions exist. */
function linkCatalogs(
  images: CitrixImage[],
  catalogs: CitrixCatalog[],
  sessions: SessionTable,
): void {
  const imagesById = new Map(images.map((image) => [image.id, image]));
  const usersPerCatalog = catalogs.map(() => new Set<number>());
  for (let i = 0; i < sessions.count; i++)
    usersPerCatalog[sessions.catalog[i] ?? 0]?.add(sessions.user[i] ?? 0);
  catalogs.forEach((catalog, index) => {
    const image = catalog.imageId ? imagesById.get(catalog.imageId) : undefined;
    if (image) {
      image.linkedCatalogs += 1;
      image.linkedCatalogsNames.push(catalog.name);
    }
    const machines = sessions.machineSessionCounts[index]?.length ?? 0;
    // Catalogs keep a few idle machines beyond those with sessions; undeployed ones have none.
    const idle = catalog.state === 'PreDeployment' ? 0 : 2 + (index % 3);
    catalog.totalMachinesInCatalog = machines + idle;
    catalog.numOfUsers = usersPerCatalog[index]?.size ?? 0;
    catalog.maxNumOfUsers = Math.max(catalog.numOfUsers, catalog.totalMachinesInCatalog * 10);
  });
}

export function createDataset(size: DatasetSize): Dataset {
  const { seed } = size;
  const customer = generateCustomer(seed, subscriptionNames);
  const random = createRandom(seed, 'dataset');
  const citrixImages = generateCitrixImages(seed, size.citrixImages, customer);
  const catalogs = generateCatalogs(seed, size.catalogs, customer, citrixImages);
  const sessions = generateSessions(seed, size.sessions, catalogs);
  linkCatalogs(citrixImages, catalogs, sessions);
  markVerificationFailure(citrixImages, catalogs);
  const rackspaceImages = generateRackspaceImages(seed, size.rackspaceImages);
  const hostile = size.hostileData === 1;
  // After linking: machine names and catalog links were derived from the ordinary names.
  if (hostile) makeHostile({ citrixImages, catalogs, rackspaceImages });
  return {
    seed,
    referenceTime: DATASET_REFERENCE_TIME,
    customer,
    credentials: generateDemoCredentials(seed, customer.id),
    domainSid: `S-1-5-21-${random.int(1e9, 4e9)}-${random.int(1e9, 4e9)}-${random.int(1e9, 4e9)}`,
    idSalts: { session: random.int(1, 0x7fffffff), machine: random.int(1, 0x7fffffff) },
    citrixImages,
    catalogs,
    sessions,
    rackspaceImages,
    hostile,
  };
}
