import { Alert, Checkbox, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { RolloutRisk } from '../../rollout-risks.ts';

export interface RolloutRisksProps {
  risks: RolloutRisk[];
  confirmed: boolean;
  onConfirmedChange: (confirmed: boolean) => void;
  /** Said on the checkbox, e.g. when a submit was tried without it. */
  error?: string;
}

/** The second look: each risk in words, and an explicit "go ahead" before the rollout can start. */
export function RolloutRisks({ risks, confirmed, onConfirmedChange, error }: RolloutRisksProps) {
  if (risks.length === 0) return null;
  return (
    <Alert
      color="orange"
      icon={<IconAlertTriangle aria-hidden />}
      title="Check before you start"
      role="alert"
    >
      <List spacing={4} mb="sm" styles={{ itemLabel: { overflowWrap: 'anywhere' } }}>
        {risks.map((risk) => (
          // A plan lists one kind for several catalogs: the words tell them apart.
          <List.Item key={risk.words}>{risk.words}</List.Item>
        ))}
      </List>
      <Checkbox
        label={
          risks.length === 1
            ? 'I have read the warning and want to go ahead'
            : 'I have read the warnings and want to go ahead'
        }
        checked={confirmed}
        error={error}
        onChange={(event) => onConfirmedChange(event.currentTarget.checked)}
      />
    </Alert>
  );
}
