import { Alert, Anchor, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { meQueries } from '../../../api/console/me.ts';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';

export interface AdminOnlyProps {
  /** The page's title, shown also to those told it is not for them. */
  title: string;
  /**
   * The page's description, kept on screen while the role is read: where the page's HTML painted
   * it (static shells), it does not vanish and come back.
   */
  description?: string;
  /** What needs the admin role, e.g. "Image rollouts". */
  what: string;
  /** The way back, for a role that may not use the page. */
  back: { to: string; label: string };
  children: ReactNode;
}

/** A page that starts rollouts: for admins; a deep link from anyone else is told why instead. */
export function AdminOnly({ title, description, what, back, children }: AdminOnlyProps) {
  const me = useQuery(meQueries.current());
  if (me.data?.permissions.rollouts) return <>{children}</>;
  if (me.data) {
    return (
      <Stack align="flex-start">
        <PageHeader title={title} />
        <Alert color="gray" title="Not available to your role" maw={560}>
          {what} need the admin role. Your role is {me.data.user.role}.
        </Alert>
        <Anchor component={Link} to={back.to}>
          {back.label}
        </Anchor>
      </Stack>
    );
  }
  return (
    <>
      <PageHeader title={title} description={description} />
      {me.error ? (
        <ApiErrorAlert
          error={me.error}
          title="Could not check your role"
          onRetry={() => void me.refetch()}
        />
      ) : (
        <PageLoader />
      )}
    </>
  );
}
