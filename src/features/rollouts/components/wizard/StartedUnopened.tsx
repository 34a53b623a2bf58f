import { Alert, Anchor, Code, Text } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../../../lib/paths.ts';
import type { AcceptedUpdate } from '../../../../api/citrix/catalogs.ts';

export interface StartedUnopenedProps {
  accepted: AcceptedUpdate;
  catalogId: string;
}

/**
 * Citrix accepted the update but the console server named no operation record for it (an older
 * server): the rollout runs, yet there is no progress page to open. Said so, never resent.
 */
export function StartedUnopened({ accepted, catalogId }: StartedUnopenedProps) {
  return (
    <Alert color="blue" title="The rollout started, but its progress page could not be opened">
      <Text size="sm">
        Citrix accepted the update, but the console server did not say which operation record
        follows it, so this page cannot show its progress. Do not start it again; follow the
        catalog’s state on the{' '}
        <Anchor component={Link} to={paths.catalogDetail.href(catalogId)}>
          catalog page
        </Anchor>
        .
      </Text>
      <Text size="sm" mt="xs">
        Status address: {accepted.location ? <Code>{accepted.location}</Code> : 'none was given'}
        {accepted.transactionId && ` · Citrix transaction ID: ${accepted.transactionId}`}
      </Text>
    </Alert>
  );
}
