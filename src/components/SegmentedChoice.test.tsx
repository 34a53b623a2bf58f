import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchLayoutReads } from '../testing/layout-reads.ts';
import { render } from '../testing/render.tsx';
import { ColorSchemeControl } from './ColorSchemeControl.tsx';

afterEach(() => {
  vi.restoreAllMocks();
});

// The console's few-way choices (the gallery's view, the wizard's image order, the colour scheme)
// are radio groups that draw the chosen option with CSS. Mantine's SegmentedControl measured its
// sliding indicator as it appeared, which made the browser lay the whole page out in that task.
describe('a few-way choice', () => {
  it('the colour scheme: a named, described radio group, drawn without reading the layout', async () => {
    const reads = watchLayoutReads();
    const { user } = render(<ColorSchemeControl />);
    expect(reads.count).toBe(0);

    const group = screen.getByRole('radiogroup', { name: 'Color scheme' });
    expect(group).toHaveAccessibleDescription(/follows your operating system/);
    expect(screen.getByRole('radio', { name: 'Auto' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Auto' })).not.toBeChecked();
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
  });
});
