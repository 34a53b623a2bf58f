import { CatalogsPage } from '../../features/catalogs/components/CatalogsPage.tsx';

/** `/catalogs?q=…&sort=…&dir=…`: the machine catalogs of the connected site. */
export function CatalogsRoute() {
  return <CatalogsPage />;
}
