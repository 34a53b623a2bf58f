import { Alert, Anchor, Button, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert.tsx';
import { paths } from '../../../../lib/paths.ts';
import type { Recheck } from '../../failed-submit.ts';

export interface SubmitFailureProps {
  /** The submit's failure, as thrown. */
  error: unknown;
  /** A network failure or 5xx: the request may have reached Citrix before the answer was lost. */
  ambiguous: boolean;
  recheck: Recheck | null;
  catalogId: string;
  onRecheck: () => void;
}

/** A failed submit in words; when it may have reached Citrix, the way to find out first. */
export function SubmitFailure({
  error,
  ambiguous,
  recheck,
  catalogId,
  onRecheck,
}: SubmitFailureProps) {
  return (
    <ApiErrorAlert error={error} title="The rollout request failed">
      {ambiguous && (
        <Text size="sm" mt="xs">
          The request may have reached Citrix before it failed, so the console does not send it
          again by itself. Check the catalog’s state before trying again.
        </Text>
      )}
      {ambiguous && recheck?.kind !== 'unchanged' && recheck?.kind !== 'accepted-anyway' && (
        <Button
          mt="sm"
          size="xs"
          variant="default"
          onClick={onRecheck}
          loading={recheck?.kind === 'checking'}
        >
          Check the catalog’s state
        </Button>
      )}
      {recheck?.kind === 'unchanged' && (
        <Alert mt="sm" color="blue" title="The catalog did not change">
          The first request was not accepted. You can start the rollout again.
        </Alert>
      )}
      {recheck?.kind === 'accepted-anyway' && (
        <Alert mt="sm" color="blue" title="The first request was accepted">
          The catalog is now updating (or already has the new image). Do not submit again; follow it
          on the{' '}
          <Anchor component={Link} to={paths.catalogDetail.href(catalogId)}>
            catalog page
          </Anchor>
          .
        </Alert>
      )}
      {recheck?.kind === 'check-failed' && (
        <Text size="sm" mt="xs">
          The catalog could not be read either ({recheck.problem.title}). Try the check again in a
          moment.
        </Text>
      )}
    </ApiErrorAlert>
  );
}
