import { Button, Group } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { GallerySearch } from '../gallery-search.ts';
import type { UpdateGallerySearch } from '../use-gallery-search.ts';

export interface GalleryPresetsProps {
  search: GallerySearch;
  onChange: UpdateGallerySearch;
}

/** A quick view starts from every image, anywhere: the facets and search are cleared. */
const everywhere: Partial<GallerySearch> = {
  preset: null,
  states: [],
  providers: [],
  regions: [],
  os: [],
  sessions: [],
  sources: [],
  deprecated: 'show',
  q: '',
};

const failedOrBuilding = ['failed', 'in-progress'];

/**
 * The views an admin opens most, first on the page: each is one click, and its address can be
 * pasted into a ticket (`?show=attention`, `?state=failed,in-progress`).
 */
export function GalleryPresets({ search, onChange }: GalleryPresetsProps) {
  const attention = search.preset === 'attention';
  const failing =
    !attention &&
    search.states.length === failedOrBuilding.length &&
    failedOrBuilding.every((state) => search.states.includes(state as never));
  return (
    <Group gap="xs" role="group" aria-label="Quick views">
      <Button
        variant={attention ? 'filled' : 'light'}
        color="red"
        leftSection={<IconAlertTriangle size={16} aria-hidden />}
        aria-pressed={attention}
        onClick={() => onChange({ ...everywhere, preset: attention ? null : 'attention' })}
      >
        Needs attention
      </Button>
      <Button
        variant={failing ? 'filled' : 'default'}
        aria-pressed={failing}
        onClick={() =>
          onChange({ ...everywhere, states: failing ? [] : ['failed', 'in-progress'] })
        }
      >
        Failed or building
      </Button>
    </Group>
  );
}
