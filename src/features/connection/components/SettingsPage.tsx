import { Card, Stack, Title } from '@mantine/core';
import { ColorSchemeControl } from '../../../components/ColorSchemeControl.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { pageHeadings } from '../../../lib/page-headings.ts';
import { ConnectionDetails } from './ConnectionDetails.tsx';
import { CredentialsHelp } from './CredentialsHelp.tsx';
import { TestConnectionPanel } from './TestConnectionPanel.tsx';

export function SettingsPage() {
  return (
    <>
      <PageHeader {...pageHeadings.settings} />
      <Stack gap="lg" maw={860}>
        <Card withBorder component="section" aria-labelledby="settings-connection">
          <Title id="settings-connection" order={2} size="h3" mb="md">
            Connection
          </Title>
          <Stack gap="lg">
            <ConnectionDetails />
            <TestConnectionPanel />
          </Stack>
        </Card>
        <Card withBorder component="section" aria-labelledby="settings-credentials">
          <Title id="settings-credentials" order={2} size="h3" mb="md">
            Credentials
          </Title>
          <CredentialsHelp />
        </Card>
        <Card withBorder component="section" aria-labelledby="settings-appearance">
          <Title id="settings-appearance" order={2} size="h3" mb="md">
            Appearance
          </Title>
          <ColorSchemeControl />
        </Card>
      </Stack>
    </>
  );
}
