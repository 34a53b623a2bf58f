import { Alert, Button, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { toApiProblem, type ApiProblem } from '../lib/api-problem.ts';

export type ApiErrorAlertProps = ApiErrorAlertCommonProps &
  /** The failure itself (any thrown value), or a problem already worded by `toApiProblem`. */
  ({ error: unknown; problem?: never } | { problem: ApiProblem; error?: never });

interface ApiErrorAlertCommonProps {
  /** Replaces the problem's own title, e.g. "Could not load images". @default the problem's title */
  title?: string;
  /** Asks again: shows a "Try again" button under the message. */
  onRetry?: () => void;
  /** Other actions under the message. */
  children?: ReactNode;
}

/** A failed request in words: what happened, what to do, and what support will ask for. */
export function ApiErrorAlert({ title, onRetry, children, ...failure }: ApiErrorAlertProps) {
  const problem = failure.problem ?? toApiProblem(failure.error);
  // Unconfigured is a state to explain, not a failure to alarm anyone with.
  const color = problem.kind === 'not-configured' ? 'gray' : 'orange';
  return (
    <Alert
      role="alert"
      color={color}
      variant="light"
      title={title ?? problem.title}
      icon={<IconAlertTriangle aria-hidden />}
    >
      <Text size="sm">
        {title ? `${problem.title}. ` : ''}
        {problem.message}
      </Text>
      {problem.transactionId && (
        <Text size="xs" c="dimmed" mt={4}>
          Citrix transaction ID: {problem.transactionId}
        </Text>
      )}
      {onRetry && (
        <Button mt="sm" size="xs" variant="default" onClick={onRetry}>
          Try again
        </Button>
      )}
      {children}
    </Alert>
  );
}
