import { Alert, Button, Stack, Text } from '@mantine/core';
import type { ExpiredPlace } from '../use-refused-token-recovery.ts';

export type ExpiredPlaceNoticeProps = ExpiredPlace;

/** The list's place (a continuation token) has expired: say so, and offer to start again. */
export function ExpiredPlaceNotice({ pageNumber, detail, startAgain }: ExpiredPlaceNoticeProps) {
  return (
    <Alert color="orange" role="alert" title="Your place in the list has expired">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          The list’s place has expired: page {pageNumber} can no longer be reached, because the
          service no longer accepts the token that leads to it. {detail}
        </Text>
        <Button variant="default" onClick={startAgain}>
          Start again from page 1
        </Button>
      </Stack>
    </Alert>
  );
}
