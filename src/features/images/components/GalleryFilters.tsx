import { FiltersDisclosure } from '../../../components/FiltersDisclosure.tsx';
import { useLoadAfterFirstInput } from '../../../components/lazy-dialog.tsx';
import { activeFilters } from '../gallery-facets.ts';
import type { GallerySearch } from '../gallery-search.ts';
import type { UpdateGallerySearch } from '../use-gallery-search.ts';
import { GalleryFilterFieldsLoaded } from './lazy-filter-fields.ts';

export interface GalleryFiltersProps {
  search: GallerySearch;
  onChange: UpdateGallerySearch;
  /** Every region the clouds have, loaded or not. */
  regions: string[];
  osFamilies: string[];
}

/**
 * Every facet is "any of" its values, applied in the browser over every image loaded: the clouds
 * cannot filter across each other. A quick view stays on while a facet narrows it ("needs
 * attention" in one region). On a phone they wait behind one "Filters" button, results first.
 */
export function GalleryFilters(props: GalleryFiltersProps) {
  useLoadAfterFirstInput(GalleryFilterFieldsLoaded);
  return (
    <FiltersDisclosure active={activeFilters(props.search)}>
      <GalleryFilterFieldsLoaded {...props} />
    </FiltersDisclosure>
  );
}
