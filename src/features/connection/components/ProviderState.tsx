import { Badge, Text } from '@mantine/core';
import type { CitrixStatus, RackspaceStatus } from '../../../../contracts/console-api.ts';
import { describeProxyProblem } from '../../../lib/api-problem.ts';

export interface ProviderStateProps {
  status: CitrixStatus | RackspaceStatus;
}

/** Connected, not configured (neutral: a choice, not a fault), or the problem in words. */
export function ProviderState({ status }: ProviderStateProps) {
  if (status.state === 'connected') {
    const latency = status.latencyMs === undefined ? '' : ` · ${Math.round(status.latencyMs)} ms`;
    return (
      <Badge color="green" variant="light" tt="none">
        Connected{latency}
      </Badge>
    );
  }
  if (status.state === 'not-configured') {
    return (
      <Badge color="gray" variant="light" tt="none">
        Not configured
      </Badge>
    );
  }
  const problem = describeProxyProblem(status.problem);
  return (
    <div>
      <Badge color="orange" variant="light" tt="none">
        {problem.title}
      </Badge>
      <Text size="sm" mt={4}>
        {problem.message}
      </Text>
    </div>
  );
}
