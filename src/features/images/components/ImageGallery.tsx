import { Alert, SegmentedControl, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CitrixSite } from '../../../api/citrix/sites.ts';
import { useGallerySearch } from '../use-gallery-search.ts';
import { CitrixGallery } from './CitrixGallery.tsx';
import { providerNames } from '../../../components/ImageBadges.tsx';
import { RackspaceGallery } from './RackspaceGallery.tsx';

export interface RackspaceConnection {
  tenantId: string;
  region: string;
  regions: string[];
}

export interface ImageGalleryProps {
  /** Null when Citrix is not connected; `citrixNotice` then says why. */
  citrix: CitrixSite | null;
  rackspace: RackspaceConnection | null;
  citrixNotice?: ReactNode;
  rackspaceNotice?: ReactNode;
}

/** Both providers' images, one provider at a time; what is shown lives in the URL. */
export function ImageGallery({
  citrix,
  rackspace,
  citrixNotice,
  rackspaceNotice,
}: ImageGalleryProps) {
  const [search, onChange] = useGallerySearch();
  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label="Provider"
        data={[
          { value: 'citrix', label: providerNames.citrix },
          { value: 'rackspace', label: `${providerNames.rackspace} Cloud Servers` },
        ]}
        value={search.provider}
        onChange={(value) =>
          // The facets belong to one provider's images; they do not carry over.
          onChange({
            provider: value as typeof search.provider,
            os: null,
            tone: null,
            session: null,
            deprecated: 'show',
          })
        }
        style={{ alignSelf: 'flex-start' }}
      />
      {search.provider === 'citrix' ? (
        citrix ? (
          <CitrixGallery site={citrix} search={search} onChange={onChange} />
        ) : (
          <Alert color="gray" title="Citrix DaaS is not available">
            {citrixNotice}
          </Alert>
        )
      ) : rackspace ? (
        <RackspaceGallery
          tenantId={rackspace.tenantId}
          regions={rackspace.regions.length > 0 ? rackspace.regions : [rackspace.region]}
          defaultRegion={rackspace.region}
          search={search}
          onChange={onChange}
        />
      ) : (
        <Alert color="gray" title="Rackspace Cloud Servers is not available">
          {rackspaceNotice}
        </Alert>
      )}
    </Stack>
  );
}
