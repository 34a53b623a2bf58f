import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchLayoutReads } from '../../../../testing/layout-reads.ts';
import { render } from '../../../../testing/render.tsx';
import { ImageListControls } from './ImageListControls.tsx';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the wizard’s image list controls', () => {
  it('orders the images with radios the arrow keys move, reading no layout as they appear', async () => {
    const reads = watchLayoutReads();
    const onOrderChange = vi.fn();
    const { user } = render(
      <ImageListControls
        search=""
        onSearchChange={() => {}}
        order="newest"
        onOrderChange={onOrderChange}
      />,
    );
    expect(reads.count).toBe(0);

    expect(screen.getByRole('radiogroup', { name: 'Sort' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Newest first' }));
    await user.keyboard('{ArrowRight}');
    expect(onOrderChange).toHaveBeenLastCalledWith('name');
  });
});
