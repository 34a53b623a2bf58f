import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GalleryImage } from '../features/images/gallery-image.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

// The modules that keep a formatter or collator, each evaluated afresh: none starts ICU in the
// page's start-up task (src/lib/built-on-first-use.ts).
const modulesKeepingIntl = {
  'sessions/session-words': () => import('../features/sessions/session-words.ts'),
  'images/filter-images': () => import('../features/images/filter-images.ts'),
  'audit/audit-words': () => import('../features/audit/audit-words.ts'),
  'images/ImageTable': () => import('../features/images/components/ImageTable.tsx'),
  'connection/CheckedAt': () => import('../features/connection/components/CheckedAt.tsx'),
};

describe.each(Object.entries(modulesKeepingIntl))('%s, evaluated', (_name, load) => {
  it('builds no Intl object until something is formatted', async () => {
    vi.resetModules();
    const built = [
      vi.spyOn(Intl, 'DateTimeFormat'),
      vi.spyOn(Intl, 'RelativeTimeFormat'),
      vi.spyOn(Intl, 'Collator'),
      vi.spyOn(Intl, 'NumberFormat'),
    ];
    await load();
    for (const constructor of built) expect(constructor).not.toHaveBeenCalled();
  });
});

describe('the formatters, built on first use', () => {
  it('format as before', async () => {
    const { formatTime } = await import('../features/sessions/session-words.ts');
    const { distinctValues } = await import('../features/images/filter-images.ts');
    const at = '2026-12-06T09:30:00Z';
    expect(formatTime(at)).toBe(
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(at),
      ),
    );
    expect(formatTime(at, true)).toBe(
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'long' }).format(
        new Date(at),
      ),
    );
    // Numbers in names by their value, letters without regard to case.
    const images = [{ osFamily: 'windows 11' }, { osFamily: 'Windows 2' }, { osFamily: 'Linux' }];
    expect(distinctValues(images as GalleryImage[], 'osFamily')).toEqual([
      'Linux',
      'Windows 2',
      'windows 11',
    ]);
  });
});
