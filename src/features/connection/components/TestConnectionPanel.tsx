import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { useTestConnection } from '../../../api/console/connection.ts';
import { CheckedAt } from './CheckedAt.tsx';
import { ProviderState } from './ProviderState.tsx';

/** Signs in to each cloud afresh and reports how each one answered, and how fast. */
export function TestConnectionPanel() {
  const testConnection = useTestConnection();
  const result = testConnection.data;
  return (
    <Stack gap="sm" align="flex-start">
      <Button
        onClick={() => testConnection.mutate()}
        loading={testConnection.isPending}
        leftSection={<IconPlugConnected size={18} aria-hidden />}
      >
        Test connection
      </Button>
      {/* A live region, so the result is announced: it appears away from the button. */}
      <Stack gap="xs" role="status" aria-label="Connection test result" w="100%">
        {testConnection.isPending && <Text size="sm">Testing the connection to each cloud…</Text>}
        {result && !testConnection.isPending && (
          <>
            <Text size="sm" fw={500}>
              Test result. <CheckedAt iso={result.checkedAt} />
            </Text>
            <Group gap="md" align="flex-start">
              <Text size="sm" w={200}>
                Citrix DaaS
              </Text>
              <ProviderState status={result.citrix} />
            </Group>
            <Group gap="md" align="flex-start">
              <Text size="sm" w={200}>
                Rackspace Cloud Servers
              </Text>
              <ProviderState status={result.rackspace} />
            </Group>
          </>
        )}
        {testConnection.error && !testConnection.isPending && (
          <ApiErrorAlert error={testConnection.error} title="The connection test could not run" />
        )}
      </Stack>
    </Stack>
  );
}
