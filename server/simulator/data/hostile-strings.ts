/**
 * SIM_HOSTILE_DATA=1: the strings a console must survive. Every payload that could run sets
 * `window.__pwned`, so a test can tell that none did. Values are picked by position, so even a
 * small dataset holds each kind, and the same seed always gives the same data.
 */
import type { CitrixImage } from './citrix-images.ts';
import type { CitrixCatalog } from './catalogs.ts';
import type { RackspaceImage } from './rackspace-images.ts';

export const hostilePayloads = {
  imgOnError: '<img src=x onerror="window.__pwned=true">',
  script: '<script>window.__pwned=true</script>',
  svgOnLoad: '"><svg onload="window.__pwned=true">',
  // Words a layout can wrap at, and a run of 160 characters with no break opportunity at all.
  longWords: 'with a very long name that keeps going and going '.repeat(5).trim(),
  unbroken: '0123456789abcdef'.repeat(10),
  // Right-to-left text, and an override that would reverse what follows if it leaked out.
  rightToLeft: 'תמונת בסיס صورة رئيسية',
  override: '\u202Egnp.exe\u202C',
} as const;

/** Three combining marks on every letter ("Zalgo" text): tall glyphs that must not overlap. */
function withCombiningMarks(text: string): string {
  return text.replace(/\p{L}/gu, (letter) => `${letter}\u0301\u0316\u0334`);
}

/** `text` with the 160-character run glued on, so it cannot break where `text` ends either. */
const withUnbroken = (text: string) => `${text}-${hostilePayloads.unbroken}`;

const variants: readonly ((text: string) => string)[] = [
  (text) => `${text} ${hostilePayloads.imgOnError}`,
  (text) => `${hostilePayloads.script}${text}`,
  (text) => `${text} ${hostilePayloads.longWords}`,
  withUnbroken,
  (text) => `${hostilePayloads.rightToLeft} ${text} ${hostilePayloads.override}`,
  (text) => withCombiningMarks(text),
  () => '',
  (text) => `${hostilePayloads.svgOnLoad}${text}`,
  // Some values stay as they are, so ordinary rows sit among hostile ones.
  (text) => text,
];

/** The `index`-th hostile version of `text` (cycling through every variant). */
export function hostileText(text: string, index: number): string {
  const variant = variants[((index % variants.length) + variants.length) % variants.length];
  return variant ? variant(text) : text;
}

/** Same, for optional fields: a missing value stays missing. */
function hostileOptional(text: string | null, index: number): string | null {
  return text === null ? null : hostileText(text, index);
}

/** Rewrites names and free text in place; IDs, states and numbers stay valid. */
export function makeHostile(data: {
  citrixImages: CitrixImage[];
  catalogs: CitrixCatalog[];
  rackspaceImages: RackspaceImage[];
}): void {
  data.citrixImages.forEach((image, i) => {
    image.name = hostileText(image.name, i);
    image.notes = hostileText(image.notes ?? image.name, i + 1);
    image.osName = hostileText(image.osName, i + 2);
    image.subscriptionName = hostileText(image.subscriptionName, i + 3);
    image.resourceGroup = hostileText(image.resourceGroup, i + 4);
  });
  data.catalogs.forEach((catalog, i) => {
    catalog.name = hostileText(catalog.name, i);
    catalog.statusMessage = hostileOptional(catalog.statusMessage, i + 1);
    catalog.subscriptionName = hostileText(catalog.subscriptionName, i + 2);
    catalog.resourceGroup = hostileText(catalog.resourceGroup, i + 3);
    catalog.vNetName = hostileText(catalog.vNetName, i + 4);
    catalog.domainName = hostileOptional(catalog.domainName, i + 5);
  });
  const active = data.catalogs.filter((c) => c.state === 'Active' && c.imageId !== null);
  const worst = active.find((c) => c.name.includes(hostilePayloads.unbroken)) ?? active[0];
  if (worst) makeUnbrokenEverywhere(worst, data.citrixImages);
  const imagesById = new Map(data.citrixImages.map((image) => [image.id, image]));
  data.catalogs.forEach((catalog) => {
    // The catalog names its image as the image itself is named.
    const image = catalog.imageId ? imagesById.get(catalog.imageId) : undefined;
    if (image) {
      catalog.templateImageName = image.name;
      catalog.templateImageOs = image.osName;
    }
  });
  data.rackspaceImages.forEach((image, i) => {
    image.name = hostileText(image.name, i);
  });
}

/**
 * The rotation above spreads each payload over many catalogs, one field each; this catalog (an
 * Active one, so a rollout can start from it) gets the unbroken run in every text field its page
 * shows, warnings included, and so does the image it runs: one page then proves that no field of
 * a catalog pushes the layout sideways.
 */
function makeUnbrokenEverywhere(catalog: CitrixCatalog, images: CitrixImage[]): void {
  if (!catalog.name.includes(hostilePayloads.unbroken)) catalog.name = withUnbroken(catalog.name);
  const image = images.find((candidate) => candidate.id === catalog.imageId);
  if (image) {
    if (!image.name.includes(hostilePayloads.unbroken)) image.name = withUnbroken(image.name);
    image.osName = withUnbroken(image.osName);
  }
  catalog.statusMessage = withUnbroken('Last checked');
  catalog.subscriptionName = withUnbroken(catalog.subscriptionName);
  catalog.resourceGroup = withUnbroken(catalog.resourceGroup);
  catalog.region = withUnbroken(catalog.region);
  catalog.vNetName = withUnbroken(catalog.vNetName);
  catalog.subnet = withUnbroken(catalog.subnet);
  if (catalog.domainName !== null) catalog.domainName = withUnbroken(catalog.domainName);
  catalog.vmTypeInstanceType = withUnbroken(catalog.vmTypeInstanceType);
  catalog.warnings = [
    ...catalog.warnings,
    {
      type: withUnbroken('Notice'),
      isDismissible: true,
      warningMessage: withUnbroken('The cloud reports'),
      isError: false,
    },
  ];
}

/** The user, client and apps of one session, as a hostile directory would name them. */
export function hostileSessionNames<
  T extends {
    User: { DisplayName: string };
    Client: { Name: string };
    ApplicationsInUse: { Name: string }[];
  },
>(session: T, index: number): T {
  return {
    ...session,
    User: { ...session.User, DisplayName: hostileText(session.User.DisplayName, index) },
    Client: { ...session.Client, Name: hostileText(session.Client.Name, index + 1) },
    ApplicationsInUse: session.ApplicationsInUse.map((app, i) => ({
      ...app,
      Name: hostileText(app.Name, index + i + 2),
    })),
  };
}
