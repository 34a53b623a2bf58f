import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { Plan, PlanDraft } from '../../../../../contracts/rollout-plans.ts';
import { useChangePlan, useCreatePlan } from '../../../../api/console/plans.ts';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert.tsx';
import { toApiProblem } from '../../../../lib/api-problem.ts';

export interface PlanSubmitProps {
  /** The scheduled plan being changed; absent for a new plan. */
  plan?: Plan;
  /** A submit was tried and some field is wrong. */
  invalid: boolean;
  /** Checks the form once more; gives the body to send, or null when it cannot be sent. */
  onTry: () => PlanDraft | null;
  onSaved: (plan: Plan) => void | Promise<void>;
  onReload?: () => void;
}

/** The submit button and what became of the submit; a refusal keeps the draft as it is. */
export function PlanSubmit({ plan, invalid, onTry, onSaved, onReload }: PlanSubmitProps) {
  const create = useCreatePlan();
  const change = useChangePlan();
  const mutation = plan ? change : create;
  const submit = () => {
    const body = onTry();
    if (!body) return;
    // The promise, not mutate's own callbacks: a saved change puts the new version in the cache,
    // which remounts this form (keyed by version), and mutate's callbacks die with it.
    const saved = plan
      ? change.mutateAsync({ id: plan.id, change: { ...body, version: plan.version } })
      : create.mutateAsync(body);
    // A failure is shown from the mutation's state below.
    saved.then(onSaved, () => undefined);
  };
  const problem = mutation.error ? toApiProblem(mutation.error) : null;
  // The server answers 409 `conflict` once the plan has started or another change landed.
  const stale = problem?.kind === 'conflict';
  return (
    <Stack gap="sm">
      {invalid && (
        <Text c="red" size="sm" role="alert">
          Some fields need attention: each one says what is wrong above.
        </Text>
      )}
      {stale && plan && (
        <Alert color="orange" role="alert" title="The plan has started or was changed meanwhile">
          {problem.message} Your changes were not saved. Reload the plan to see it as it is now.
          {onReload && (
            <Group mt="sm">
              <Button variant="default" onClick={onReload}>
                Reload the plan
              </Button>
            </Group>
          )}
        </Alert>
      )}
      {problem && !(stale && plan) && (
        <ApiErrorAlert
          problem={problem}
          title={plan ? 'The plan was not changed' : 'The plan was not scheduled'}
        >
          <Text size="sm" mt={4}>
            What you entered is kept: correct it if needed and try again.
          </Text>
        </ApiErrorAlert>
      )}
      <Group>
        <Button onClick={submit} loading={mutation.isPending}>
          {plan ? 'Save changes' : 'Schedule the plan'}
        </Button>
      </Group>
    </Stack>
  );
}
