import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { QueryFrame } from '../../../../components/QueryFrame.tsx';

export interface WizardDataProps {
  queries: UseQueryResult[];
  children: ReactNode;
}

/**
 * The wizard needs the catalogs and images first: data, then error, then loading. Once both are
 * in, the wizard stays on screen whatever a later refresh does.
 */
export function WizardData({ queries, children }: WizardDataProps) {
  const loaded = queries.every((query) => query.data !== undefined);
  const failed = queries.find((query) => query.error && query.data === undefined);
  const all = {
    data: loaded || undefined,
    error: failed?.error,
    refetch: () => queries.forEach((query) => void query.refetch()),
  };
  return (
    <QueryFrame query={all} errorTitle="Could not load the catalogs and images">
      {() => children}
    </QueryFrame>
  );
}
