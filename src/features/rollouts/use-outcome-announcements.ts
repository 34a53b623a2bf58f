import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Operation } from '../../../contracts/identity-api.ts';

/**
 * Announces, once, each operation this browser saw running and then saw end, whoever started
 * it. An operation that had already ended when first seen is history, not news.
 */
export function useOutcomeAnnouncements(operations: Operation[] | undefined) {
  const queryClient = useQueryClient();
  // Ids seen running; an id leaves the set when its ending is announced, so it is said once.
  const seenRunning = useRef(new Set<string>());

  useEffect(() => {
    if (!operations) return;
    const ended: Operation[] = [];
    for (const operation of operations) {
      if (operation.state === 'running') seenRunning.current.add(operation.id);
      else if (seenRunning.current.delete(operation.id)) ended.push(operation);
    }
    if (ended.length === 0) return;
    // The words and the catalog refresh load only now (see announce-outcome.ts).
    void import('./announce-outcome.ts').then(({ announceOutcome }) => {
      for (const operation of ended) announceOutcome(queryClient, operation);
    });
  }, [operations, queryClient]);
}
