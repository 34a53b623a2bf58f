import { useQuery } from '@tanstack/react-query';
import type { VisibilityState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { z } from 'zod/mini';
import { meQueries } from '../../api/console/me.ts';

const storedVisibility = z.record(z.string(), z.boolean());

/** One key per table and person: people sharing a browser each keep their own columns. */
export const rememberedColumnsKey = (table: string, person: string) =>
  `daas-console:table-columns:${table}:${person}`;

function readStored(key: string): VisibilityState | undefined {
  try {
    const raw = localStorage.getItem(key);
    const parsed = raw === null ? undefined : storedVisibility.safeParse(JSON.parse(raw));
    return parsed?.success ? parsed.data : undefined;
  } catch {
    // Storage switched off, or a value that is not JSON: the defaults will do.
    return undefined;
  }
}

function writeStored(key: string, visibility: VisibilityState) {
  try {
    localStorage.setItem(key, JSON.stringify(visibility));
  } catch {
    // Storage full or switched off: the choice still holds until the page is left.
  }
}

/**
 * The columns this person last chose for `table`, kept in localStorage under their id. Until the
 * signed-in person is known, `defaults` show and a choice is kept in memory only.
 */
export function useRememberedColumns(table: string, defaults: VisibilityState) {
  const person = useQuery(meQueries.current()).data?.user.subject;
  const key = person ? rememberedColumnsKey(table, person) : null;
  const stored = useMemo(() => (key ? readStored(key) : undefined), [key]);
  const [chosen, setChosen] = useState<{ key: string | null; visibility: VisibilityState }>();
  const visibility = (chosen?.key === key ? chosen.visibility : stored) ?? defaults;
  const remember = (next: VisibilityState) => {
    if (key) writeStored(key, next);
    setChosen({ key, visibility: next });
  };
  return [visibility, remember] as const;
}
