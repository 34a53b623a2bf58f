import { Select, type ComboboxData, type SelectProps } from '@mantine/core';
import type { GallerySearch } from '../gallery-search.ts';
import type { UpdateGallerySearch } from '../use-gallery-search.ts';

/** The filters that are either one value or off (null in the search). */
export type GalleryFacet = 'tone' | 'os' | 'session' | 'status' | 'type';

export interface FacetSelectProps<F extends GalleryFacet> extends Omit<
  SelectProps,
  'value' | 'onChange' | 'clearable'
> {
  facet: F;
  search: GallerySearch;
  onChange: UpdateGallerySearch;
}

/** One filter of the gallery as a select: clearing it turns the filter off. */
export function FacetSelect<F extends GalleryFacet>({
  facet,
  search,
  onChange,
  ...select
}: FacetSelectProps<F>) {
  // The choices are the facet's own values, so what the select gives back is one of them.
  const change = (value: string | null) => onChange({ [facet]: value } as Pick<GallerySearch, F>);
  return <Select {...select} value={search[facet]} onChange={change} clearable />;
}

/** A facet's select, declared as data so each provider's filter row lists only what differs. */
export interface FacetChoice {
  facet: GalleryFacet;
  label: string;
  placeholder: string;
  data: ComboboxData;
  width: number;
  searchable?: boolean;
}

export interface FacetSelectsProps {
  facets: FacetChoice[];
  search: GallerySearch;
  onChange: UpdateGallerySearch;
}

export function FacetSelects({ facets, search, onChange }: FacetSelectsProps) {
  return facets.map(({ width, ...choice }) => (
    <FacetSelect key={choice.facet} {...choice} w={width} search={search} onChange={onChange} />
  ));
}
