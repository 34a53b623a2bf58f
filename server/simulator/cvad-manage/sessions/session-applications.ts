import type { Dataset } from '../../data/dataset.ts';
import { allContainerScopes } from '../../data/session-machine.ts';
import type { SessionOverrides } from '../../data/session-model.ts';
import { toSessionResponseModel } from '../../data/session-model.ts';

const applicationsFolder = {
  Id: '5f1e2c3a-0000-4000-8000-0000000000a1',
  Uid: 1,
  Name: 'Applications',
};
const deliveryGroupScopes = allContainerScopes.filter(
  (scope) => scope.ScopeType === 'DeliveryGroup',
);

/**
 * `GET /Sessions/{id}/Applications`: an `ApplicationResponseModelCollection` of the published
 * applications running in the session, the same ones (ids and names) as its `ApplicationsInUse`.
 * A desktop session runs no published application, so its list is empty.
 */
export function toSessionApplications(
  dataset: Dataset,
  index: number,
  overrides: SessionOverrides,
) {
  const session = toSessionResponseModel(dataset, index, overrides);
  return {
    Items: session.ApplicationsInUse.map((app) => ({
      Id: app.Id,
      Uid: app.Uid,
      Name: app.Name,
      PublishedName: app.Name,
      ApplicationFolder: applicationsFolder,
      ApplicationType: 'HostedOnDesktop',
      ClientFolder: '',
      ContainerScopes: deliveryGroupScopes,
      Description: '',
      Enabled: true,
      IconId: String(app.Uid),
      SharingKind: 'Shared',
      Visible: true,
      AssociatedDeliveryGroupUuids: [session.Machine.DeliveryGroup.Id],
      NumAssociatedDeliveryGroups: 1,
    })),
  };
}
