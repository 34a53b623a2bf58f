import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../../../lib/paths.ts';

export interface ImageNotFoundProps {
  /** What was looked for, e.g. "Citrix DaaS image 1234". */
  what: string;
}

/** An unknown image ID in the address: say so plainly and offer the way back. */
export function ImageNotFound({ what }: ImageNotFoundProps) {
  return (
    <Paper withBorder p="xl" maw={720}>
      <Stack gap="xs">
        <Title order={1} size="h2">
          Image not found
        </Title>
        <Text>There is no {what}. It may have been deleted, or the link may be mistyped.</Text>
        <Anchor component={Link} to={paths.images}>
          Back to all images
        </Anchor>
      </Stack>
    </Paper>
  );
}
