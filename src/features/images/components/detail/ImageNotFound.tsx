import { NotFoundPanel } from '../../../../components/NotFoundPanel.tsx';
import { paths } from '../../../../lib/paths.ts';

const backToImages = { to: paths.images.href(), label: 'Back to all images' };

/** An unknown image (or image provider) in the address. */
export function ImageNotFound({ what }: { what: string }) {
  return <NotFoundPanel title="Image not found" what={what} back={backToImages} />;
}
