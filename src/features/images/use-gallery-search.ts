import { useDebouncedCallback } from '@mantine/hooks';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
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
  const [typed, setTyped] = useState(fromUrl.q);
  // The URL's search as last seen, and the one this hook last wrote. The router applies a write
  // later than this state (in a transition), so comparing the URL with what was written would
  // see the old URL as a change made elsewhere and put old text back under the typist's fingers.
  const [seenUrlQuery, setSeenUrlQuery] = useState(fromUrl.q);
  const [writtenQuery, setWrittenQuery] = useState<string | null>(null);
  if (seenUrlQuery !== fromUrl.q) {
    setSeenUrlQuery(fromUrl.q);
    // Changed elsewhere (Back, a link, a cleared filter): it wins over what was typed.
    if (fromUrl.q !== writtenQuery) setTyped(fromUrl.q);
  }
  const writeQuery = useDebouncedCallback((q: string) => {
    setWrittenQuery(q);
    setParams((current) => writeGallerySearch({ ...readGallerySearch(current), q }), {
      replace: true,
    });
  }, searchUrlDelayMs);
  const update = useCallback<UpdateGallerySearch>(
    ({ q, ...changes }, options) => {
      if (q !== undefined) {
        setTyped(q);
        writeQuery(q);
      }
      if (Object.keys(changes).length === 0) return;
      writeQuery.cancel();
      const query = q ?? typed;
      setWrittenQuery(query);
      // Drawn at once, not in the router's transition: a click on a filter is answered in the
      // frame after it, instead of waiting for a time-sliced render to be scheduled and finish.
      setParams(
        (current) => writeGallerySearch({ ...readGallerySearch(current), ...changes, q: query }),
        { replace: options?.replace, flushSync: true },
      );
    },
    [setParams, typed, writeQuery],
  );
  const search = useMemo(() => ({ ...fromUrl, q: typed }), [fromUrl, typed]);
  return [search, update];
}
