import { Badge, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { lazy, useEffect } from 'react';
import { useLocation } from 'react-router';
import { meQueries } from '../../../api/console/me.ts';
import { HeaderPlaceholder } from '../../../components/HeaderPlaceholder.tsx';
import { HeaderPopover } from '../../../components/HeaderPopover.tsx';
import { toApiProblem } from '../../../lib/api-problem.ts';
import { signInPath } from '../../../lib/sign-in.ts';
import { roleColors } from '../account-words.ts';

// The panel (sign-out, the role in words) is not needed to paint the header: it loads just after.
const loadPanel = () => import('./AccountPanel.tsx');
const AccountPanel = lazy(async () => ({ default: (await loadPanel()).AccountPanel }));

/** Header: who is signed in and their role; opens their email, the role in words and Sign out. */
export function UserMenu() {
  const me = useQuery(meQueries.current());
  const { pathname, search } = useLocation();
  useEffect(() => {
    void loadPanel();
  }, []);

  if (!me.data && !me.error) return <HeaderPlaceholder of="account" />;

  // The console normally sends the browser to sign in by itself; this is the way when it did not.
  if (!me.data && toApiProblem(me.error).kind === 'signed-out') {
    return (
      <Button component="a" href={signInPath(pathname + search)} variant="light" size="sm">
        Sign in
      </Button>
    );
  }

  let label: string;
  let content;
  if (!me.data) {
    label = 'Account: could not check who is signed in';
    content = <IconAlertTriangle size={18} aria-hidden />;
  } else if (me.data.authMode === 'none') {
    label = 'No sign-in: local use only';
    content = (
      <Badge color="orange" variant="filled">
        <Text span inherit visibleFrom="sm">
          No sign-in: local use only
        </Text>
        <Text span inherit hiddenFrom="sm">
          No sign-in
        </Text>
      </Badge>
    );
  } else {
    const { name, role } = me.data.user;
    label = `Account: ${name}, ${role}`;
    content = (
      <Group gap={6} wrap="nowrap">
        <Text span size="sm" visibleFrom="sm" truncate maw={160}>
          {name}
        </Text>
        <Badge color={roleColors[role]} variant="light">
          {role}
        </Badge>
      </Group>
    );
  }

  return (
    <HeaderPopover
      face={content}
      label={label}
      color={me.data ? 'gray' : 'orange'}
      compact
      width={300}
      loadingLabel="Loading your account"
    >
      {() => <AccountPanel me={me.data} error={me.error} onRetry={() => void me.refetch()} />}
    </HeaderPopover>
  );
}
