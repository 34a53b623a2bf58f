import { lazyComponent } from '../../../components/lazy-component.tsx';

/**
 * The gallery's pickers (Mantine's MultiSelect, its combobox and popover: some 40 KB), apart
 * from the page: folded behind "Filters" on a phone, they load at the first input or as they
 * open; shown at once on a wider screen, with the page (`filtersAlongside` in the router).
 */
export const GalleryFilterFieldsLoaded = lazyComponent(
  async () => (await import('./GalleryFilterFields.tsx')).GalleryFilterFields,
);
