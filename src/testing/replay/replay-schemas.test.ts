/**
 * The replay corpus (tests/replay/fixtures: the seed documents', the specs' and the references'
 * own examples) through the console's own zod schemas: each body parses, and what it leaves
 * unreported ("", null or missing) reads the same way.
 */
import { describe, expect, it } from 'vitest';
import {
  catalogListSchema,
  catalogSchema,
  catalogStatusSchema,
} from '../../api/citrix/catalogs.ts';
import { toCatalogStatus } from '../../features/rollouts/operation-reading.ts';
import { rolloutOperation } from '../operation-fixtures.ts';
import { citrixImageDetailsSchema, citrixImageListSchema } from '../../api/citrix/images.ts';
import {
  rackspaceImagePageSchema,
  rackspaceSingleImageSchema,
} from '../../api/rackspace/images.ts';
import { sessionPageSchema, sessionSchema } from '../../api/citrix/sessions.ts';
import * as replayCatalogs from '../../../tests/replay/fixtures/catalog-service.ts';
import * as replayCitrixImages from '../../../tests/replay/fixtures/citrix-images.ts';
import * as replayRackspaceImages from '../../../tests/replay/fixtures/rackspace-images.ts';
import * as replaySessions from '../../../tests/replay/fixtures/sessions.ts';

const sizes = (images: { 'OS-EXT-IMG-SIZE:size'?: number | undefined }[]) =>
  images.map((image) => image['OS-EXT-IMG-SIZE:size']);

describe('replay: Citrix image bodies (seed 000)', () => {
  it('parses the image list, and its "" status, extraInfo and region read as not reported', () => {
    const [builder, prepared] = citrixImageListSchema.parse(
      replayCitrixImages.seed000ImageList,
    ).items;
    expect(builder).toMatchObject({ state: 'BuilderStopped', region: 'westus' });
    expect([builder!.status, builder!.extraInfo]).toEqual([undefined, undefined]);
    expect(prepared).toMatchObject({ citrixPrepared: true, isDeprecated: true });
    expect([prepared!.status, prepared!.extraInfo, prepared!.region, prepared!.osName]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    // The rollout wizard reads the same list through the same schema.
    expect(citrixImageListSchema.parse(replayCitrixImages.seed000ImageList).items).toHaveLength(2);
  });

  it('parses each image detail, empty and null catalog lists alike', () => {
    for (const detail of replayCitrixImages.seed000ImageDetails) {
      expect(citrixImageDetailsSchema.parse(detail).id).toBe(detail.id);
    }
  });
});

describe('replay: catalog-service catalogs and update status', () => {
  it('parses the documented catalog, its "" fields read as not reported', () => {
    const catalog = catalogSchema.parse(replayCatalogs.catalogDocExample);
    expect(catalog).toMatchObject({ state: 'InputRequired', templateImageName: 'Test' });
    expect([catalog.subState, catalog.statusMessage, catalog.domainName]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(catalog.warnings[0]?.type).toBe('AppsRequired');
    expect(
      catalogListSchema.parse({ items: [replayCatalogs.catalogDocExample] }).items,
    ).toHaveLength(1);
  });

  it.each(Object.entries(replayCatalogs.catalogStatusOverviews))(
    'parses the %s CatalogStatusOverview, "" and null alike',
    (_name, body) => {
      const status = catalogStatusSchema.parse(body);
      expect(status.state).toBe(body.state);
      expect(status.statusMessage).toBeUndefined();
      expect(status.warnings.every((warning) => warning.type !== '')).toBe(true);
    },
  );

  it('does not take an ImageJobStatusModel for a catalog status, and falls back to the server’s summary', () => {
    expect(catalogStatusSchema.safeParse(replayCatalogs.imageJobStatus).success).toBe(false);
    const operation = rolloutOperation({
      progress: {
        state: 'Pending',
        subState: null,
        statusMessage: null,
        percent: 40,
        raw: replayCatalogs.imageJobStatus,
        readAt: '2017-08-03T20:57:00.000Z',
      },
    });
    expect(toCatalogStatus(operation)).toMatchObject({ state: 'Pending', warnings: [] });
  });
});

describe('replay: cvad/manage sessions (seed 003)', () => {
  it('parses the sessions page with its nulls, and reads Client.Name "" as not reported', () => {
    const page = sessionPageSchema.parse(replaySessions.seed003SessionsPage);
    expect(page).toMatchObject({ TotalItems: 1 });
    expect(page.ContinuationToken).toBeUndefined();
    const [session] = page.Items;
    expect(session?.Client?.Name).toBeUndefined();
    expect(session?.Client?.IPAddress).toBe('10.107.1.120');
    expect(session?.Connection?.ConnectedViaHostName).toBeUndefined();
    expect(session?.Machine?.Zone?.Name).toBe('htlabs04-EastUs');
    expect(sessionSchema.parse(replaySessions.seed003Session).User?.DisplayName).toBe('DevUser1');
  });
});

describe('replay: Rackspace image bodies', () => {
  it('parses seed 004’s image, its size typed xsd:string read as bytes', () => {
    const { image } = rackspaceSingleImageSchema.parse({
      image: replayRackspaceImages.seed004Image,
    });
    expect(image['OS-EXT-IMG-SIZE:size']).toBe(1_036_952_872);
    expect(image.links.map((link) => link.rel)).toEqual(['self', 'bookmark', 'alternate']);
  });

  it('parses Nova’s published sample: string sizes, and the null ramdisk_id left out', () => {
    const { images } = rackspaceImagePageSchema.parse(replayRackspaceImages.novaImagesDetailSample);
    expect(sizes(images)).toEqual(Array(7).fill(74_185_822));
    const nullRamdisk = images.find(
      (image) => image.id === replayRackspaceImages.novaNullRamdiskImage.id,
    )!;
    expect(nullRamdisk.metadata).toEqual({ kernel_id: '155d900f-4e14-4e4c-a73d-069cbf4541e6' });
  });

  it('parses the DFW page with every field form: null, string and number sizes, faults, nulls', () => {
    const page = rackspaceImagePageSchema.parse(replayRackspaceImages.rackspaceDfwPage);
    expect(page.images.map((image) => image.status)).toEqual([
      'SAVING',
      'ERROR',
      'ACTIVE',
      'ACTIVE',
      'ACTIVE',
    ]);
    expect(sizes(page.images)).toEqual([
      undefined,
      undefined,
      615_424_000,
      1_036_952_872,
      1_036_952_872,
    ]);
    const failed = page.images[1]!;
    expect(failed.metadata).toEqual({ instance_uuid: '5a3b1c2d-0000-4000-8000-00000000000a' });
    expect(page.images[3]!.metadata).not.toHaveProperty('ramdisk_id');
    expect(page.images_links?.[0]?.rel).toBe('next');
  });
});
