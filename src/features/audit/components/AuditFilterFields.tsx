import { Button, Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { auditOutcomes } from '../../../../contracts/audit-outcomes.ts';
import { auditedOperations } from '../../../../contracts/audited-operations.ts';
import { isFiltered, noFilters, type AuditView } from '../audit-view.ts';
import { outcomeWords } from '../audit-words.ts';

export interface AuditFilterFieldsProps {
  view: AuditView;
  onChange: (changes: Partial<AuditView>) => void;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO timestamp as a `datetime-local` value, in this browser's time zone. */
function toLocalInput(iso: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function fromLocalInput(value: string): string {
  const date = new Date(value);
  return value && !Number.isNaN(date.getTime()) ? date.toISOString() : '';
}

/** What every filter gets: the one field of the view it reads and writes. */
interface FilterProps<F extends keyof AuditView> {
  field: F;
  label: string;
  view: AuditView;
  onChange: (changes: Partial<AuditView>) => void;
}

/** Free text that filters once Enter is pressed or the field is left, not on every keystroke. */
function TextFilter({
  field,
  label,
  placeholder,
  view,
  onChange,
}: FilterProps<'actor' | 'target'> & { placeholder: string }) {
  const value = view[field];
  const [draft, setDraft] = useState(value);
  const [fromUrl, setFromUrl] = useState(value);
  if (fromUrl !== value) {
    // The URL changed under us (Back, a link, Clear filters): it wins over what was typed.
    setFromUrl(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft.trim() !== value) onChange({ [field]: draft.trim() });
  };
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      value={draft}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(event) => event.key === 'Enter' && commit()}
      w={200}
    />
  );
}

type ChoiceField = 'operation' | 'outcome';

/** What each list filter offers: the values its URL parameter accepts, in words. */
const choices: { [F in ChoiceField]: { value: Exclude<AuditView[F], ''>; label: string }[] } = {
  operation: auditedOperations.map(({ id, label }) => ({ value: id, label })),
  outcome: auditOutcomes.map((outcome) => ({ value: outcome, label: outcomeWords[outcome].label })),
};

/** One value from the field's list, "Any …" when cleared. */
function ChoiceFilter({
  field,
  label,
  w,
  view,
  onChange,
}: FilterProps<ChoiceField> & { w: number }) {
  const data = choices[field];
  return (
    <Select
      label={label}
      placeholder={`Any ${label.toLowerCase()}`}
      data={data}
      value={view[field] || null}
      onChange={(value) =>
        onChange({ [field]: data.find((option) => option.value === value)?.value ?? '' })
      }
      clearable
      w={w}
    />
  );
}

/** A moment typed in this browser's time zone, kept in the view as ISO (UTC). */
function TimeFilter({ field, label, view, onChange }: FilterProps<'from' | 'to'>) {
  return (
    <TextInput
      type="datetime-local"
      label={label}
      value={toLocalInput(view[field])}
      onChange={(event) => onChange({ [field]: fromLocalInput(event.currentTarget.value) })}
      w={210}
    />
  );
}

/** Who, what, on what, how it ended and when (loaded apart: `AuditFilters`). */
export function AuditFilterFields({ view, onChange }: AuditFilterFieldsProps) {
  const bound = { view, onChange };
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filter the audit trail">
      <TextFilter field="actor" label="Person" placeholder="Name, email or ID" {...bound} />
      <ChoiceFilter field="operation" label="Operation" w={250} {...bound} />
      <TextFilter
        field="target"
        label="Target"
        placeholder="Catalog, session or image"
        {...bound}
      />
      <ChoiceFilter field="outcome" label="Outcome" w={150} {...bound} />
      <TimeFilter field="from" label="From" {...bound} />
      <TimeFilter field="to" label="To" {...bound} />
      {isFiltered(view) && (
        <Button variant="subtle" onClick={() => onChange(noFilters)}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
