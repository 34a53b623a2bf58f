import { RolloutProgressPage } from '../../features/rollouts/components/RolloutProgressPage.tsx';

/** `/rollouts/:rolloutId`: one rollout, followed to its end. */
export function RolloutProgressRoute() {
  return <RolloutProgressPage />;
}
