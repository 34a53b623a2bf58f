import { Button, Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { auditOutcomes } from '../../../../contracts/identity-api.ts';
import { auditedOperations } from '../../../api/console/audit.ts';
import { isFiltered, noFilters, type AuditView } from '../audit-view.ts';
import { outcomeWords } from '../audit-words.ts';

export interface AuditFiltersProps {
  view: AuditView;
  onChange: (changes: Partial<AuditView>) => void;
}

const operationOptions = auditedOperations.map(({ id, label }) => ({ value: id, label }));
const outcomeOptions = auditOutcomes.map((outcome) => ({
  value: outcome,
  label: outcomeWords[outcome].label,
}));

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

interface FilterTextInputProps {
  label: string;
  placeholder: string;
  value: string;
  onCommit: (value: string) => void;
}

/** Free text that filters once Enter is pressed or the field is left, not on every keystroke. */
function FilterTextInput({ label, placeholder, value, onCommit }: FilterTextInputProps) {
  const [draft, setDraft] = useState(value);
  const [fromUrl, setFromUrl] = useState(value);
  if (fromUrl !== value) {
    // The URL changed under us (Back, a link, Clear filters): it wins over what was typed.
    setFromUrl(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft.trim() !== value) onCommit(draft.trim());
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

/** Who, what, on what, how it ended and when; every change goes to the URL. */
export function AuditFilters({ view, onChange }: AuditFiltersProps) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filter the audit trail">
      <FilterTextInput
        label="Person"
        placeholder="Name, email or ID"
        value={view.actor}
        onCommit={(actor) => onChange({ actor })}
      />
      <Select
        label="Operation"
        placeholder="Any operation"
        data={operationOptions}
        value={view.operation || null}
        onChange={(value) =>
          onChange({ operation: auditedOperations.find(({ id }) => id === value)?.id ?? '' })
        }
        clearable
        w={250}
      />
      <FilterTextInput
        label="Target"
        placeholder="Catalog, session or image"
        value={view.target}
        onCommit={(target) => onChange({ target })}
      />
      <Select
        label="Outcome"
        placeholder="Any outcome"
        data={outcomeOptions}
        value={view.outcome || null}
        onChange={(value) =>
          onChange({ outcome: auditOutcomes.find((outcome) => outcome === value) ?? '' })
        }
        clearable
        w={150}
      />
      <TextInput
        type="datetime-local"
        label="From"
        value={toLocalInput(view.from)}
        onChange={(event) => onChange({ from: fromLocalInput(event.currentTarget.value) })}
        w={210}
      />
      <TextInput
        type="datetime-local"
        label="To"
        value={toLocalInput(view.to)}
        onChange={(event) => onChange({ to: fromLocalInput(event.currentTarget.value) })}
        w={210}
      />
      {isFiltered(view) && (
        <Button variant="subtle" onClick={() => onChange(noFilters)}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
