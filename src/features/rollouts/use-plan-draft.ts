import { useCallback, useEffect, useState } from 'react';
import type { PlanFormDraft } from './plan-form.ts';

const storageKey = (key: string) => `daas-console:plan-draft:${key}`;

function readStored(key: string): PlanFormDraft | null {
  try {
    const raw = sessionStorage.getItem(storageKey(key));
    return raw ? (JSON.parse(raw) as PlanFormDraft) : null;
  } catch {
    // Storage refused (private mode) or a draft from an older console: start afresh.
    return null;
  }
}

/**
 * The plan form's draft, kept in this tab's sessionStorage under `key` (the form's address), so
 * a failed submit, a reload or a trip to another page and Back never loses what was typed. The
 * address presets only the first draft; `discard` forgets it once the server has the plan.
 */
export function usePlanDraft(key: string, initial: () => PlanFormDraft) {
  const [draft, setDraft] = useState<PlanFormDraft>(() => readStored(key) ?? initial());
  useEffect(() => {
    try {
      sessionStorage.setItem(storageKey(key), JSON.stringify(draft));
    } catch {
      // Full or refused storage: the draft still lives in memory for this visit.
    }
  }, [key, draft]);
  const discard = useCallback(() => sessionStorage.removeItem(storageKey(key)), [key]);
  return { draft, setDraft, discard };
}
