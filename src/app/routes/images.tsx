import { PlannedPage } from '../shell/PlannedPage.tsx';

export function ImagesRoute() {
  return (
    <PlannedPage
      title="Images"
      purpose="The master images your desktops are built from, across Citrix DaaS and Rackspace Cloud Servers."
      plans="This page will list Citrix catalog-service images and Rackspace server images side by side, with their state, operating system, size and the catalogs that use each one."
    />
  );
}
