import { SettingsPage } from '../../features/connection/components/SettingsPage.tsx';

/** `/settings`: the connection, how to change it, and the colour scheme. */
export function SettingsRoute() {
  return <SettingsPage />;
}
