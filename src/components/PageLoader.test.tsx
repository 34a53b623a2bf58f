import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { render } from '../testing/render.tsx';
import { PageLoader } from './PageLoader.tsx';

describe('the page loader', () => {
  it('is named by a role that may carry a name (a bare span may not: axe, aria-prohibited-attr)', () => {
    render(<PageLoader />);
    expect(screen.getByRole('img', { name: 'Loading' })).toBeInTheDocument();
  });
});
