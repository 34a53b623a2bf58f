import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDeferredAnswer } from '../hooks/use-deferred-answer.ts';
import { ApiErrorAlert } from './ApiErrorAlert.tsx';
import { PageLoader } from './PageLoader.tsx';

/** The parts of a query (or several, combined) a frame needs: works with any `useQuery` result. */
export interface FramedQuery<T> {
  data: T | undefined;
  error: unknown;
  refetch?: () => unknown;
}

export interface QueryFrameProps<T> {
  query: FramedQuery<T>;
  /** Says what could not be done, e.g. "Could not load the catalog". */
  errorTitle: string;
  /** What shows while the first answer is on its way. @default a centred loader */
  loading?: ReactNode;
  /** Offers "Try again" on a failure. @default true when the query can refetch */
  retry?: boolean;
  /**
   * Says above the data kept on screen that a refresh failed, with this title. Without it the data
   * shows alone: the app-wide toast (src/lib/query-client.ts) already reports a failed refresh.
   */
  refreshErrorTitle?: string;
  /** Replaces the default alert, e.g. a not-found page for a missing resource. */
  renderError?: (error: unknown) => ReactNode;
  children: (data: T) => ReactNode;
}

/**
 * One place for a query's three faces: loading, failed (the error in words, with a retry), and
 * its data. A failed refresh keeps the data on screen; a page whose data goes stale in ways an
 * admin must notice (an image's state) says so above it as well as in the toast.
 */
export function QueryFrame<T>({
  query,
  errorTitle,
  loading,
  retry = true,
  refreshErrorTitle,
  renderError,
  children,
}: QueryFrameProps<T>) {
  const onRetry = retry && query.refetch ? () => void query.refetch?.() : undefined;
  const data = useDeferredAnswer(query.data);
  if (data === undefined) {
    if (query.error) {
      return renderError ? (
        <>{renderError(query.error)}</>
      ) : (
        <ApiErrorAlert error={query.error} title={errorTitle} onRetry={onRetry} />
      );
    }
    return <>{loading ?? <PageLoader />}</>;
  }
  if (!query.error || !refreshErrorTitle) return <>{children(data)}</>;
  return (
    <Stack gap="md">
      <ApiErrorAlert error={query.error} title={refreshErrorTitle} onRetry={onRetry} />
      {children(data)}
    </Stack>
  );
}
