import { RolloutNewPage } from '../../features/rollouts/components/RolloutNewPage.tsx';

/** `/rollouts/new?catalog=…&image=…`: the update-image wizard, for admins. */
export function RolloutNewRoute() {
  return <RolloutNewPage />;
}
