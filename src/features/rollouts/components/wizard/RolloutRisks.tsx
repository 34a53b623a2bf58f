import { Alert, Checkbox, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { RolloutRisk } from '../../rollout-risks.ts';

export interface RolloutRisksProps {
  risks: RolloutRisk[];
  confirmed: boolean;
  onConfirmedChange: (confirmed: boolean) => void;
}

/** The second look: each risk in words, and an explicit "go ahead" before the rollout can start. */
export function RolloutRisks({ risks, confirmed, onConfirmedChange }: RolloutRisksProps) {
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
          <List.Item key={risk.kind}>{risk.words}</List.Item>
        ))}
      </List>
      <Checkbox
        label={
          risks.length === 1
            ? 'I have read the warning and want to go ahead'
            : 'I have read the warnings and want to go ahead'
        }
        checked={confirmed}
        onChange={(event) => onConfirmedChange(event.currentTarget.checked)}
      />
    </Alert>
  );
}
