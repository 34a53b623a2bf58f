import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { pageHeadings } from '../../../lib/page-headings.ts';
import { AdminOnly } from './AdminOnly.tsx';
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

/** `/rollouts/new?catalog=…&image=…`: for admins; others are told why instead. */
export function RolloutNewPage() {
  const [params] = useSearchParams();
  return (
    <AdminOnly {...pageHeadings['rollout-new']} what="Image rollouts" back={backLink(params)}>
      <RolloutWizardPage />
    </AdminOnly>
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
      <PageHeader {...pageHeadings['rollout-new']} />
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
