import { Alert, Anchor, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Role } from '../../../../contracts/identity-api.ts';
import { meQueries } from '../../../api/console/me.ts';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { UpdateImageWizard } from './wizard/UpdateImageWizard.tsx';
import { paths } from '../../../lib/paths.ts';
import { CatalogSiteScope } from '../../../components/CatalogSiteScope.tsx';

/** Where the person came from, going by the choices in the address. */
function backLink(params: URLSearchParams) {
  const catalog = params.get('catalog');
  const image = params.get('image');
  if (catalog) return { to: paths.catalogDetail.href(catalog), label: 'Back to the catalog' };
  if (image) return { to: paths.imageDetail.href('citrix', image), label: 'Back to the image' };
  return { to: paths.catalogs.href(), label: 'Back to the catalogs' };
}

/** A deep link to the wizard for a role that may not start rollouts: say so, and the way back. */
function RolloutsNeedAdmin({ role }: { role: Role }) {
  const [params] = useSearchParams();
  const back = backLink(params);
  return (
    <Stack align="flex-start">
      <PageHeader title="Roll out a new image" />
      <Alert color="gray" title="Not available to your role" maw={560}>
        Image rollouts need the admin role. Your role is {role}.
      </Alert>
      <Anchor component={Link} to={back.to}>
        {back.label}
      </Anchor>
    </Stack>
  );
}

/** `/rollouts/new?catalog=…&image=…`: for admins; others are told why instead. */
export function RolloutNewPage() {
  const me = useQuery(meQueries.current());
  if (me.data?.permissions.rollouts) return <RolloutWizardPage />;
  if (me.data) return <RolloutsNeedAdmin role={me.data.user.role} />;
  return (
    <>
      <PageHeader title="Roll out a new image" />
      {me.error ? (
        <ApiErrorAlert
          error={me.error}
          title="Could not check your role"
          onRetry={() => void me.refetch()}
        />
      ) : (
        <PageLoader />
      )}
    </>
  );
}

/** The choices live in the URL, so a link can preselect them. */
function RolloutWizardPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const choose = (key: 'catalog' | 'image', value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageHeader
        title="Roll out a new image"
        description="Update a catalog's master image. Its machines restart onto the new image as you choose."
      />
      <CatalogSiteScope>
        {(scope) => (
          <UpdateImageWizard
            scope={scope}
            catalogId={params.get('catalog')}
            imageId={params.get('image')}
            onCatalogChange={(id) => choose('catalog', id)}
            onImageChange={(id) => choose('image', id)}
            onSubmitted={(record) =>
              void navigate(paths.rollout.href(record.id), { replace: true })
            }
          />
        )}
      </CatalogSiteScope>
    </>
  );
}
