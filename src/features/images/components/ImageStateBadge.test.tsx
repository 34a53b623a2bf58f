import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { render } from '../../../testing/render.tsx';
import { ImageState } from './ImageStateBadge.tsx';

const saving = {
  name: 'ubuntu-golden',
  state: 'SAVING',
  stateLabel: 'Saving',
  tone: 'in-progress',
  progress: 40,
} as const;

describe('ImageState', () => {
  it('shows a saving image’s progress in words, as a number and as a bar', () => {
    render(<ImageState image={saving} />);
    expect(screen.getByText('Saving')).toBeInTheDocument();
    expect(screen.getByText('40%')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'ubuntu-golden: 40% done' })).toHaveAttribute(
      'aria-valuenow',
      '40',
    );
  });

  it('keeps the bar still in a list, where every card in progress would move at once', () => {
    render(<ImageState image={saving} />);
    expect(screen.getByRole('progressbar')).not.toHaveAttribute('data-animated');
  });

  it('moves its stripes on the image’s own page, while the work goes on', () => {
    render(<ImageState image={saving} animated />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('data-animated');
  });
});
