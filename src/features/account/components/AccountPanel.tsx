import { Alert, Badge, Box, Button, Group, Stack, Text } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import type { Me } from '../../../../contracts/identity-api.ts';
import { signOut } from '../../../api/console/sign-out.ts';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { ColorSchemeToggle } from '../../../components/ColorSchemeToggle.tsx';
import { toApiProblem } from '../../../lib/api-problem.ts';
import { permissionsInWords, roleColors } from '../account-words.ts';

export interface AccountPanelProps {
  /** Undefined when `/api/me` failed. */
  me: Me | undefined;
  error: unknown;
  onRetry: () => void;
}

function SignOutButton() {
  const signingOut = useMutation({ mutationFn: signOut });
  const problem = signingOut.error ? toApiProblem(signingOut.error) : null;
  const start = () =>
    signingOut.mutate(undefined, {
      // A full page load: the server (and its sign-in provider) decide where it lands.
      onSuccess: (redirectTo) => window.location.assign(redirectTo),
    });
  return (
    <Stack gap="xs">
      <Button
        variant="default"
        leftSection={<IconLogout size={16} aria-hidden />}
        onClick={start}
        // Still loading after success: the browser is on its way to the next page.
        loading={signingOut.isPending || signingOut.isSuccess}
      >
        Sign out
      </Button>
      {problem && (
        <Text size="sm" c="red" role="alert">
          Could not sign out: {problem.title}. {problem.message}
        </Text>
      )}
    </Stack>
  );
}

/** The popover under the header's account button. */
export function AccountPanel({ me, error, onRetry }: AccountPanelProps) {
  if (!me) {
    return (
      <ApiErrorAlert error={error} title="Could not check who is signed in" onRetry={onRetry} />
    );
  }
  const { name, email, role } = me.user;
  return (
    <Stack gap="sm">
      <Stack gap={2}>
        <Group gap="xs" wrap="nowrap">
          <Text fw={600} truncate>
            {name}
          </Text>
          <Badge color={roleColors[role]} variant="light">
            {role}
          </Badge>
        </Group>
        {email && (
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {email}
          </Text>
        )}
      </Stack>
      <Text size="sm">{permissionsInWords(me.permissions)}</Text>
      {/* A phone's header has no room for the colour-scheme button: it is here instead. */}
      <Box hiddenFrom="xs">
        <ColorSchemeToggle variant="button" />
      </Box>
      {me.authMode === 'none' ? (
        <Alert color="orange" title="Sign-in is turned off" p="xs">
          <Text size="sm">
            Anyone who can open this console acts as {name}, and the audit trail cannot tell people
            apart. Use it only on your own machine.
          </Text>
        </Alert>
      ) : (
        <SignOutButton />
      )}
    </Stack>
  );
}
