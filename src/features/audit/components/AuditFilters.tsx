import { FiltersDisclosure } from '../../../components/FiltersDisclosure.tsx';
import { useLoadAfterFirstInput } from '../../../components/lazy-dialog.tsx';
import { activeFilterCount, type AuditView } from '../audit-view.ts';
import { AuditFilterFieldsLoaded } from './lazy-filter-fields.ts';

export interface AuditFiltersProps {
  view: AuditView;
  onChange: (changes: Partial<AuditView>) => void;
}

/** Who, what, on what, how it ended and when; every change goes to the URL. */
export function AuditFilters({ view, onChange }: AuditFiltersProps) {
  useLoadAfterFirstInput(AuditFilterFieldsLoaded);
  return (
    <FiltersDisclosure active={activeFilterCount(view)}>
      <AuditFilterFieldsLoaded view={view} onChange={onChange} />
    </FiltersDisclosure>
  );
}
