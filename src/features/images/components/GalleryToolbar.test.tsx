import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchLayoutReads } from '../../../testing/layout-reads.ts';
import { render } from '../../../testing/render.tsx';
import { defaultSearch } from '../gallery-search.ts';
import { GalleryToolbar } from './GalleryToolbar.tsx';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the gallery’s toolbar', () => {
  it('switches the view with a radio group that reads no layout as it appears', async () => {
    const reads = watchLayoutReads();
    const onChange = vi.fn();
    const { user } = render(
      <GalleryToolbar search={defaultSearch} onChange={onChange} searchScope="Loaded images" />,
    );
    // Mantine's SegmentedControl measured its indicator here: the gallery laid out in that task.
    expect(reads.count).toBe(0);

    expect(screen.getByRole('radiogroup', { name: 'View' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Cards' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Table' }));
    expect(onChange).toHaveBeenCalledWith({ view: 'table' });
  });
});
