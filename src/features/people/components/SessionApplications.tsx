import { Badge, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { sessionApplicationQueries } from '../../../api/citrix/sessions.ts';
import { useAfterFirstPaint } from '../../../hooks/use-after-first-paint.ts';
import { toApiProblem } from '../../../lib/api-problem.ts';

export interface SessionApplicationsProps {
  sessionId: string;
  sessionType: string | undefined;
}

/** The published applications running in one session, read from the session's own list. */
export function SessionApplications({ sessionId, sessionType }: SessionApplicationsProps) {
  const apps = useQuery({
    ...sessionApplicationQueries.list(sessionId),
    enabled: useAfterFirstPaint(),
  });
  if (apps.data === undefined) {
    return (
      <Text size="sm" c="dimmed">
        {apps.error ? `Could not read them: ${toApiProblem(apps.error).message}` : 'Reading…'}
      </Text>
    );
  }
  if (apps.data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {sessionType === 'Desktop' ? 'A full desktop' : 'None running'}
      </Text>
    );
  }
  return (
    <Group gap={4} role="list" aria-label="Applications">
      {apps.data.map((app, i) => (
        <Badge key={app.Id ?? i} variant="outline" role="listitem" tt="none">
          {app.PublishedName ?? app.Name ?? 'An unnamed application'}
        </Badge>
      ))}
    </Group>
  );
}
