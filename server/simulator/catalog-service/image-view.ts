import type { CitrixCatalog } from '../data/catalogs.ts';
import type { CitrixImage } from '../data/citrix-images.ts';
import { publishedApps } from '../data/vocabulary.ts';

/**
 * The `TemplateImageOverview` keys the simulator serves. The spec forbids extra keys, and other
 * modules may keep their own bookkeeping on the image objects, so responses copy these keys only.
 */
const overviewKeys = [
  'id',
  'name',
  'sessionSupport',
  'state',
  'subState',
  'osPlatform',
  'osName',
  'osVersion',
  'isServerOs',
  'vdaVersion',
  'statusMessageId',
  'status',
  'extraInfo',
  'notes',
  'transactionId',
  'subscriptionId',
  'subscriptionName',
  'resourceGroup',
  'storageAccount',
  'region',
  'builderVmName',
  'builderVmType',
  'builderVmDiskSize',
  'builderDomainName',
  'builderAllowedIPs',
  'hyperVGen',
  'vtpmEnabled',
  'secureBootEnabled',
  'citrixPrepared',
  'isCmekEnabled',
  'isDeprecated',
  'createdDate',
  'finalizedDate',
  'diskSizeInGB',
  'startedAt',
  'estimatedTimeInMinute',
] as const satisfies readonly (keyof CitrixImage)[];

/**
 * Catalogs per image, read from the catalogs as they are now: rollouts change a catalog's image at
 * run time, so the counts are never cached.
 */
export function catalogsByImage(catalogs: readonly CitrixCatalog[]) {
  const byImage = new Map<string, CitrixCatalog[]>();
  for (const catalog of catalogs) {
    if (!catalog.imageId) continue;
    const list = byImage.get(catalog.imageId) ?? [];
    list.push(catalog);
    byImage.set(catalog.imageId, list);
  }
  return byImage;
}

export function toTemplateImageOverview(image: CitrixImage, linked: readonly CitrixCatalog[]) {
  const overview: Record<string, unknown> = {};
  for (const key of overviewKeys) overview[key] = image[key];
  overview.linkedCatalogs = linked.length;
  overview.linkedCatalogsNames = linked.map((catalog) => catalog.name);
  return overview;
}

const appPaths: Record<string, string> = {
  'Microsoft Word': 'C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE',
  'Microsoft Excel': 'C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE',
  'Microsoft Outlook': 'C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE',
  'Microsoft Teams': 'C:\\Program Files\\WindowsApps\\MSTeams\\ms-teams.exe',
  'SAP GUI': 'C:\\Program Files\\SAP\\FrontEnd\\SAPGUI\\saplogon.exe',
  'Notepad++': 'C:\\Program Files\\Notepad++\\notepad++.exe',
  'Adobe Acrobat Reader': 'C:\\Program Files\\Adobe\\Acrobat DC\\Acrobat\\Acrobat.exe',
  'Visual Studio Code': 'C:\\Program Files\\Microsoft VS Code\\Code.exe',
};

/** Start-menu applications found on a Ready image; a deterministic subset per image. */
function discoveredApplications(image: CitrixImage) {
  if (image.state !== 'Ready') return [];
  const offset = parseInt(image.id.slice(0, 2), 16) % publishedApps.length;
  return Array.from({ length: 4 }, (_, i) => publishedApps[(offset + i) % publishedApps.length]!)
    .filter((name, i, all) => all.indexOf(name) === i)
    .map((name, i) => ({
      id: `${image.id.slice(0, 8)}-app-${i + 1}`,
      name,
      applicationPath: appPaths[name] ?? `C:\\Program Files\\${name}\\${name}.exe`,
      workingDirectory: null,
      description: null,
      compressedb64Icon: null,
      commandLineParams: null,
    }));
}

/** `TemplateImageDetails`: the overview plus the catalogs that use the image and its applications. */
export function toTemplateImageDetails(image: CitrixImage, linked: readonly CitrixCatalog[]) {
  return {
    ...toTemplateImageOverview(image, linked),
    catalogs: linked.map((catalog) => ({
      catalogId: catalog.id,
      catalogName: catalog.name,
      state: catalog.state,
      azureSubscription: catalog.subscriptionName,
    })),
    applications: discoveredApplications(image),
  };
}
