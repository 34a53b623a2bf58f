import { http, HttpResponse } from 'msw';
import type { z } from 'zod';
import type { catalogListSchema, catalogSchema } from '../api/citrix/catalogs.ts';
import type { citrixImageListSchema, citrixImageSchema } from '../api/citrix/images.ts';
import type { sessionPageSchema } from '../api/citrix/sessions.ts';
import { simulatorConnection } from './handlers.ts';

// Typed as what the console's schemas parse, so a fixture field the contract lacks fails typecheck.
type CatalogFixture = z.input<typeof catalogSchema>;
type CitrixImageFixture = z.input<typeof citrixImageSchema>;

const citrix = simulatorConnection.citrix as { customerId: string; siteId: string };
/** The catalog-service site path the console calls for the default test connection. */
export const catalogServiceBase = `/api/catalogservice/${citrix.customerId}/${citrix.siteId}`;

function catalog(overrides: Partial<CatalogFixture>): CatalogFixture {
  return {
    id: 'cat-active',
    name: 'Finance Shared',
    state: 'Active',
    subState: null,
    statusMessage: null,
    warnings: [],
    sessionSupport: 'MultiSession',
    allocationType: 'Random',
    region: 'eastus',
    subscriptionName: 'Contoso Production',
    resourceGroup: 'rg-daas-finance',
    vNetName: 'vnet-daas-hub',
    subnet: 'snet-vda-1',
    deliveryGroupId: 'dg-1',
    imageId: 'img-current',
    templateImageName: 'Finance Server 2025-09 #1',
    templateImageOs: 'Windows Server 2022',
    totalMachinesInCatalog: 12,
    numOfUsers: 40,
    maxNumOfUsers: 120,
    taskCompletionPercentage: null,
    ...overrides,
  };
}

export const activeCatalog = catalog({});
export const processingCatalog = catalog({
  id: 'cat-busy',
  name: 'Sales Shared',
  state: 'Processing',
  subState: 'ProcessingVdaUpdatingCitrixServers',
  taskCompletionPercentage: 40,
  totalMachinesInCatalog: 3,
});
export const inputRequiredCatalog = catalog({
  id: 'cat-input',
  name: 'HR Dedicated',
  state: 'InputRequired',
  sessionSupport: 'SingleSession',
  totalMachinesInCatalog: 30,
  warnings: [
    { type: 'AppsRequired', isDismissible: false, warningMessage: 'Assign apps', isError: false },
  ],
});
export const testCatalogs = [activeCatalog, processingCatalog, inputRequiredCatalog];

function image(overrides: Partial<CitrixImageFixture>): CitrixImageFixture {
  return {
    id: 'img-current',
    name: 'Finance Server 2025-09 #1',
    state: 'Ready',
    sessionSupport: 'MultiSession',
    osName: 'Windows Server 2022',
    osVersion: '21H2',
    vdaVersion: '2407',
    citrixPrepared: false,
    isDeprecated: false,
    ...overrides,
  };
}

export const currentImage = image({ createdDate: '2025-09-14T08:00:00Z', region: 'eastus' });
export const newImage = image({
  id: 'img-new',
  name: 'Finance Server 2025-11 #7',
  vdaVersion: '2411',
  createdDate: '2025-11-20T08:00:00Z',
  region: 'eastus',
});
export const deprecatedImage = image({
  id: 'img-old',
  name: 'Windows Server 2019 with VDA 2203',
  citrixPrepared: true,
  isDeprecated: true,
  createdDate: '2022-03-01T08:00:00Z',
  region: 'westeurope',
});
export const singleSessionImage = image({
  id: 'img-single',
  name: 'Developers Desktop #3',
  sessionSupport: 'SingleSession',
});
export const pendingImage = image({
  id: 'img-pending',
  name: 'Still Building #9',
  state: 'Pending',
});
export const testImages = [
  currentImage,
  newImage,
  deprecatedImage,
  singleSessionImage,
  pendingImage,
];

/** Catalogs, images and a sessions count; a test adds its own `$updateImage` handler. */
export const catalogHandlers = [
  http.get(`${catalogServiceBase}/catalogs`, () =>
    HttpResponse.json({ items: testCatalogs } satisfies z.input<typeof catalogListSchema>),
  ),
  http.get(`${catalogServiceBase}/catalogs/:catalogId`, ({ params }) => {
    const found = testCatalogs.find((c) => c.id === params.catalogId);
    return found
      ? HttpResponse.json(found)
      : HttpResponse.json({ message: 'Catalog was not found' }, { status: 404 });
  }),
  http.get(`${catalogServiceBase}/images`, () =>
    HttpResponse.json({ items: testImages } satisfies z.input<typeof citrixImageListSchema>),
  ),
  http.post('/api/cvad/manage/Sessions/$search', () =>
    HttpResponse.json({ Items: [], TotalItems: 37 } satisfies z.input<typeof sessionPageSchema>),
  ),
];
