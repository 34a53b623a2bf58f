import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export interface NotFoundPanelProps {
  /** The page's heading, e.g. "Image not found". */
  title: string;
  /** What was looked for, e.g. "Citrix DaaS image with ID 1234". */
  what: string;
  /** The way back to where such things are listed. */
  back: { to: string; label: string };
}

/** An unknown ID in the address: say so plainly and offer the way back. */
export function NotFoundPanel({ title, what, back }: NotFoundPanelProps) {
  return (
    <Paper withBorder p="xl" maw={720}>
      <Stack gap="xs">
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text>There is no {what}. It may have been deleted, or the link may be mistyped.</Text>
        <Anchor component={Link} to={back.to}>
          {back.label}
        </Anchor>
      </Stack>
    </Paper>
  );
}
