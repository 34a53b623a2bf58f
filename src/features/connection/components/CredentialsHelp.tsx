import { Code, List, Stack, Text, Title } from '@mantine/core';
import { credentialVariables } from '../credential-variables.ts';

/** Where credentials are configured: on the console server, never in the browser. */
export function CredentialsHelp() {
  const sections = credentialVariables.map(({ group, variables }) => {
    const items = variables.map(({ name, meaning }) => (
      <List.Item key={name}>
        <Code>{name}</Code> — {meaning}
      </List.Item>
    ));
    return (
      <Stack key={group} gap={4}>
        <Title order={3} size="h5">
          {group}
        </Title>
        <List size="sm" spacing={4}>
          {items}
        </List>
      </Stack>
    );
  });
  return (
    <Stack gap="sm">
      <Text size="sm">
        Credentials live on the console server, not in your browser. An administrator copies{' '}
        <Code>.env.example</Code> to <Code>.env.local</Code> at the root of the console’s
        installation, fills in the values and restarts the server. Each provider is set up on its
        own; one left out shows as “Not configured”.
      </Text>
      {sections}
    </Stack>
  );
}
