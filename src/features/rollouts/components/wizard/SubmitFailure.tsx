import { Alert, Anchor, Button, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert.tsx';
import type { ApiProblem } from '../../../../lib/api-problem.ts';
import { paths } from '../../../../lib/paths.ts';

/** After a failed submit: was it perhaps accepted anyway? Only a fresh read of the catalog says. */
export type Recheck =
  | { kind: 'needed' }
  | { kind: 'checking' }
  | { kind: 'accepted-anyway' }
  | { kind: 'unchanged' }
  | { kind: 'check-failed'; problem: ApiProblem };

export interface SubmitFailureProps {
  problem: ApiProblem;
  /** A network failure or 5xx: the request may have reached Citrix before the answer was lost. */
  ambiguous: boolean;
  recheck: Recheck | null;
  catalogId: string;
  onRecheck: () => void;
}

export function SubmitFailure({
  problem,
  ambiguous,
  recheck,
  catalogId,
  onRecheck,
}: SubmitFailureProps) {
  return (
    <ApiErrorAlert problem={problem} title="The rollout request failed">
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
          <Anchor component={Link} to={paths.catalogDetail(catalogId)}>
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
