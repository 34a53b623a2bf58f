import { PlannedPage } from '../shell/PlannedPage.tsx';

export function SessionsRoute() {
  return (
    <PlannedPage
      title="Sessions"
      purpose="Find a user’s Citrix DaaS sessions when they call the help desk."
      plans="This page will let you search sessions by user or machine, see their state and where they connect from, send a message, disconnect or log off."
    />
  );
}
