import { ImagesPage } from '../../features/images/components/ImagesPage.tsx';

/** `/images?provider=…&q=…&view=…` and the filters: the gallery reads its own address. */
export function ImagesRoute() {
  return <ImagesPage />;
}
