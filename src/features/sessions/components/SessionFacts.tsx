import { Badge, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Session } from '../../../api/citrix/sessions.ts';
import { Facts } from '../../../components/Facts.tsx';
import { sessionFactGroups } from '../session-fact-groups.ts';

interface BadgeSectionProps {
  title: string;
  badges: ReactNode[];
  /** What an empty list means for this session. */
  empty: string;
}

function BadgeSection({ title, badges, empty }: BadgeSectionProps) {
  return (
    <section aria-label={title}>
      <Title order={3} size="h5" mb={4}>
        {title}
      </Title>
      {badges.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Group gap={4}>{badges}</Group>
      )}
    </section>
  );
}

/** Everything the help desk asks about a session, grouped as a ticket needs it. */
export function SessionFacts({ session }: { session: Session }) {
  const groups = sessionFactGroups(session).map(({ title, facts }) => (
    <Facts key={title} title={title} facts={facts} headingOrder={3} framed={false} />
  ));
  const apps = (session.ApplicationsInUse ?? []).map((app) => (
    <Badge key={app.Id ?? app.Name} variant="outline">
      {app.Name}
    </Badge>
  ));
  const tags = (session.Connection?.SmartAccessTags ?? []).map((tag) => (
    <Badge key={`${tag.Farm}:${tag.Filter}`} variant="light" color="gray">
      {tag.Farm}: {tag.Filter}
    </Badge>
  ));
  return (
    <>
      {groups}
      <BadgeSection
        title="Applications in use"
        badges={apps}
        empty={session.SessionType === 'Desktop' ? 'A full desktop session.' : 'None reported.'}
      />
      <BadgeSection title="Smart access tags" badges={tags} empty="None." />
    </>
  );
}
