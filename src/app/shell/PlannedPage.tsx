import { Paper, Text } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader.tsx';

export interface PlannedPageProps {
  title: string;
  /** What the page is for, in one sentence. */
  purpose: string;
  /** What it will show, so nobody mistakes the empty page for missing data. */
  plans: string;
}

/** A page whose feature is not built yet: says so plainly instead of showing made-up data. */
export function PlannedPage({ title, purpose, plans }: PlannedPageProps) {
  return (
    <>
      <PageHeader title={title} description={purpose} />
      <Paper withBorder p="lg" maw={720}>
        <Text fw={500}>Not available yet</Text>
        <Text size="sm" c="dimmed" mt={4}>
          {plans}
        </Text>
      </Paper>
    </>
  );
}
