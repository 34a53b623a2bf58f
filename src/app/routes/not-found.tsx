import { Button, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { paths } from '../../lib/paths.ts';

export function NotFoundRoute() {
  const { pathname } = useLocation();
  return (
    <Stack align="flex-start">
      <PageHeader title="Page not found" />
      <Text>
        There is no page at{' '}
        <Text span ff="monospace">
          {pathname}
        </Text>
        . The link may be mistyped or out of date.
      </Text>
      <Button component={Link} to={paths.home.href()}>
        Go to the home page
      </Button>
    </Stack>
  );
}
