import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  /** Page-level actions, placed on the right. */
  actions?: ReactNode;
}

/** The page's one `h1`, which also names the browser tab. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  // Titles are often names from the cloud, which may be empty or one endless word.
  const shown = title.trim() ? title : '(no name)';
  useDocumentTitle(`${shown} · DaaS Console`);
  return (
    // The title takes the room the actions leave; on a phone the actions go below it instead of
    // squeezing a long title into a column a few letters wide.
    <Group justify="space-between" align="flex-start" mb="lg">
      <Stack gap={4} miw={0} flex="1 1 16rem">
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {shown}
        </Title>
        {description && (
          // A div, not a p: a description may hold a badge or a group, which a p cannot.
          <Text component="div" c="dimmed" maw={720}>
            {description}
          </Text>
        )}
      </Stack>
      {actions}
    </Group>
  );
}
