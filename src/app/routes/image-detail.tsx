import { ImageDetailPage } from '../../features/images/components/detail/ImageDetailPage.tsx';

/** `/images/:provider/:imageId?region=…`: one Citrix or Rackspace image. */
export function ImageDetailRoute() {
  return <ImageDetailPage />;
}
