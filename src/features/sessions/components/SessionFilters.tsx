import { FiltersDisclosure } from '../../../components/FiltersDisclosure.tsx';
import { useLoadAfterFirstInput } from '../../../components/lazy-dialog.tsx';
import type { SessionView } from '../session-view.ts';
import { SessionFilterFieldsLoaded } from './lazy-filter-fields.ts';
import { SessionUserFilter } from './SessionUserFilter.tsx';

export interface SessionFiltersProps {
  view: SessionView;
  /** Delivery group and catalog names (one delivery group per catalog). */
  catalogNames: string[];
  onChange: (change: Partial<SessionView>) => void;
}

/** Filters and sort; each change goes to the URL and becomes a new `$search`. */
export function SessionFilters({ view, catalogNames, onChange }: SessionFiltersProps) {
  useLoadAfterFirstInput(SessionFilterFieldsLoaded);
  // The exact user a ticket link named stays in sight: it is what the page is about.
  const active = [view.state, view.deliveryGroup, view.catalog, view.type].filter(Boolean).length;
  return (
    <>
      {view.user && <SessionUserFilter user={view.user} onChange={onChange} />}
      <FiltersDisclosure active={active}>
        <SessionFilterFieldsLoaded view={view} catalogNames={catalogNames} onChange={onChange} />
      </FiltersDisclosure>
    </>
  );
}
