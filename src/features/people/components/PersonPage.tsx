import { Stack, Text, Title } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import type { AuditRecord } from '../../../../contracts/identity-api.ts';
import type { Session } from '../../../api/citrix/sessions.ts';
import { NotFoundPanel } from '../../../components/NotFoundPanel.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryFrame } from '../../../components/QueryFrame.tsx';
import { paths } from '../../../lib/paths.ts';
import { personDisplayName, personLimit } from '../person-search.ts';
import { usePerson } from '../use-person.ts';
import { PersonHistory } from './PersonHistory.tsx';
import { PersonSessions } from './PersonSessions.tsx';
import { Columns } from '../../../components/Columns.tsx';

export interface PersonPageProps {
  /** `DOMAIN\name`, a UPN or a bare account name, as the address names them. */
  user: string;
  /** Log off, disconnect, message for one of their sessions (the app composes the sessions feature). */
  renderSessionActions: (session: Session) => ReactNode;
  /** One machine they are on, with its state and actions (the app composes the machines feature). */
  renderMachine: (machineId: string) => ReactNode;
  /** Audit records about their sessions and machines (the app passes the audit trail's table). */
  renderHistory: (records: AuditRecord[], readAt: number) => ReactNode;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={2} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** Everything about one person on one page: sessions, their applications, machines, history. */
export function PersonPage({
  user,
  renderSessionActions,
  renderMachine,
  renderHistory,
}: PersonPageProps) {
  const person = usePerson(user);
  return (
    <QueryFrame
      query={person.query}
      errorTitle={`Could not look up ${user}`}
      // Who the page is about, from the address, while their sessions are looked up: the caller
      // sees at once that it is the right person, and the heading is there before the cloud
      // answers (it then reads as their display name, with this account below it).
      loading={
        <>
          <PageHeader title={user} />
          <PageLoader />
        </>
      }
    >
      {({ sessions, machineIds }) => {
        const history = (
          <Section title="History of actions on their sessions and machines">
            <PersonHistory
              account={sessions.find((s) => s.User?.Name)?.User?.Name ?? user}
              sessionIds={sessions.map((s) => s.Id)}
              renderRecords={renderHistory}
            />
          </Section>
        );
        if (sessions.length === 0 && machineIds.length === 0) {
          return (
            <Stack gap="xl">
              <NotFoundPanel
                title="No sessions for this person"
                what={`session or machine in use by ${user} now`}
                back={{ to: paths.sessions.href(), label: 'Back to the sessions' }}
              />
              {history}
            </Stack>
          );
        }
        return (
          <>
            <PageHeader title={personDisplayName(sessions, user)} description={user} />
            <Stack gap="xl">
              <Section title="Sessions now">
                <PersonSessions sessions={sessions} renderActions={renderSessionActions} />
                {person.truncated && (
                  <Text size="sm" c="dimmed">
                    Only the latest {personLimit} sessions are shown.
                  </Text>
                )}
              </Section>
              <Section title="Machines they are on">
                <Columns layout="twoFromMd">
                  {machineIds.map((id) => (
                    <Fragment key={id}>{renderMachine(id)}</Fragment>
                  ))}
                </Columns>
              </Section>
              {history}
            </Stack>
          </>
        );
      }}
    </QueryFrame>
  );
}
