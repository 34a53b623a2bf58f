import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export interface NotFoundMessageProps {
  /** What was looked for, e.g. "Citrix DaaS image with ID 1234". */
  what: string;
  /** Why it may be missing; the default suits things that are deleted. */
  because?: string;
  /** The way back to where such things are listed. */
  back: { to: string; label: string };
}

export interface NotFoundPanelProps extends NotFoundMessageProps {
  /** The page's heading, e.g. "Image not found". */
  title: string;
}

/** The words of every not-found answer: what is missing, why it may be, and the way back. */
export function NotFoundMessage({
  what,
  because = 'It may have been deleted, or the link may be mistyped.',
  back,
}: NotFoundMessageProps) {
  return (
    <Stack gap="xs">
      <Text>
        There is no {what}. {because}
      </Text>
      <Anchor component={Link} to={back.to}>
        {back.label}
      </Anchor>
    </Stack>
  );
}

/** An unknown ID in the address: say so plainly and offer the way back. */
export function NotFoundPanel({ title, ...message }: NotFoundPanelProps) {
  return (
    <Paper withBorder p="xl" maw={720}>
      <Stack gap="xs">
        <Title order={1} size="h2">
          {title}
        </Title>
        <NotFoundMessage {...message} />
      </Stack>
    </Paper>
  );
}
