import { PlannedPage } from '../shell/PlannedPage.tsx';

export function CatalogsRoute() {
  return (
    <PlannedPage
      title="Catalogs"
      purpose="The Citrix DaaS catalogs that deliver desktops and apps, and the image each one runs."
      plans="This page will show each catalog’s state, machines and current image, and will guide you through rolling a new image out to a catalog."
    />
  );
}
