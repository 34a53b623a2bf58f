import { Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert.tsx';
import { PageLoader } from '../../../../components/PageLoader.tsx';
import { toApiProblem } from '../../../../lib/api-problem.ts';

export interface WizardDataProps {
  queries: UseQueryResult[];
  children: ReactNode;
}

/** The wizard needs the catalogs and images first: data, then error, then loading. */
export function WizardData({ queries, children }: WizardDataProps) {
  if (queries.every((query) => query.data !== undefined)) return <>{children}</>;
  const failed = queries.find((query) => query.error && query.data === undefined);
  if (failed) {
    return (
      <Stack>
        <ApiErrorAlert
          problem={toApiProblem(failed.error)}
          title="Could not load the catalogs and images"
          onRetry={() => queries.forEach((q) => void q.refetch())}
        />
      </Stack>
    );
  }
  return <PageLoader />;
}
