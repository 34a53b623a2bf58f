import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { UpdateImageWizard } from '../../features/catalogs/components/wizard/UpdateImageWizard.tsx';
import { paths } from '../../lib/paths.ts';
import { CatalogSiteScope } from './catalog-site-scope.tsx';

/** `/rollouts/new?catalog=…&image=…`: the choices live in the URL, so a link can preselect them. */
export function RolloutNewRoute() {
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
            onSubmitted={(record) => void navigate(paths.rollout(record.id), { replace: true })}
          />
        )}
      </CatalogSiteScope>
    </>
  );
}
