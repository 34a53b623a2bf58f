import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert.tsx';

export interface ConfirmPlanActionProps {
  title: string;
  /** What will happen, in words. */
  consequence: ReactNode;
  /** What it touches, named one by one (e.g. the catalogs a revert puts back). */
  items?: string[];
  confirmLabel: string;
  /** The keep-as-it-is button's words, e.g. "Keep the plan". */
  dismissLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** A second look before a plan action that cannot be taken back. */
export function ConfirmPlanAction(props: ConfirmPlanActionProps) {
  return (
    <Modal opened onClose={props.onClose} title={props.title}>
      <Stack>
        <Text size="sm">{props.consequence}</Text>
        {props.items && (
          <List size="sm" spacing={2} styles={{ itemLabel: { overflowWrap: 'anywhere' } }}>
            {props.items.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        )}
        {props.error !== null && props.error !== undefined && (
          <ApiErrorAlert error={props.error} title="The server refused" />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} disabled={props.pending}>
            {props.dismissLabel}
          </Button>
          <Button color="red" onClick={props.onConfirm} loading={props.pending}>
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
