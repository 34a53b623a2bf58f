import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useUrlText } from '../../hooks/use-url-text.ts';
import { gallerySearchUrlView, type GallerySearch } from './gallery-search.ts';

const { read: readGallerySearch, write: writeGallerySearch } = gallerySearchUrlView;

export type UpdateGallerySearch = (
  changes: Partial<GallerySearch>,
  options?: { replace?: boolean },
) => void;

/** Typing settles for this long before the search text is written to the URL. */
const searchUrlDelayMs = 300;

/**
 * The gallery's view from the URL, and a setter that writes changes back to it. Each filter change
 * is a history entry (Back undoes it). The search text is the exception: results follow each
 * keystroke from memory at once, and the URL entry is replaced once typing pauses, because a
 * router navigation per keystroke costs far more than filtering does.
 */
export function useGallerySearch(): [GallerySearch, UpdateGallerySearch] {
  const [params, setParams] = useSearchParams();
  const fromUrl = useMemo(() => readGallerySearch(params), [params]);
  const typed = useUrlText(
    fromUrl.q,
    (q) =>
      setParams((current) => writeGallerySearch({ ...readGallerySearch(current), q }), {
        replace: true,
      }),
    searchUrlDelayMs,
  );
  const { type, takeForWrite } = typed;
  const update = useCallback<UpdateGallerySearch>(
    ({ q, ...changes }, options) => {
      if (Object.keys(changes).length === 0) {
        if (q !== undefined) type(q);
        return;
      }
      // The text goes to the URL with the change, in the same history entry.
      const query = takeForWrite(q);
      // Drawn at once, not in the router's transition: a click on a filter is answered in the
      // frame after it, instead of waiting for a time-sliced render to be scheduled and finish.
      setParams(
        (current) => writeGallerySearch({ ...readGallerySearch(current), ...changes, q: query }),
        { replace: options?.replace, flushSync: true },
      );
    },
    [setParams, type, takeForWrite],
  );
  const search = useMemo(() => ({ ...fromUrl, q: typed.text }), [fromUrl, typed.text]);
  return [search, update];
}
