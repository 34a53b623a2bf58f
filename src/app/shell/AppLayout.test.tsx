import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { render } from '../../testing/render.tsx';
import { PlannedPage } from './PlannedPage.tsx';

describe('the shell', () => {
  it('opens on Images, with its link marked as the current page', async () => {
    render(undefined, { route: '/' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Images' })).toBeInTheDocument();
    const navigation = screen.getByRole('navigation', { name: 'Main' });
    expect(within(navigation).getByRole('link', { name: 'Images' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(document.title).toBe('Images · DaaS Console');
  });

  it.each(['Catalogs', 'Sessions', 'Settings', 'Images'])(
    'navigates to %s from the navigation',
    async (page) => {
      const { user } = render(undefined, { route: '/sessions' });
      const navigation = await screen.findByRole('navigation', { name: 'Main' });

      await user.click(within(navigation).getByRole('link', { name: page }));

      expect(await screen.findByRole('heading', { level: 1, name: page })).toBeInTheDocument();
      const current = within(navigation).getByRole('link', { current: 'page' });
      expect(current).toHaveAccessibleName(page);
    },
  );

  it('says plainly that a page’s feature is not built yet', async () => {
    // Every page is built now; the placeholder is still there for the next one.
    render(<PlannedPage title="Reports" purpose="Usage reports." plans="Charts of usage." />);
    expect(await screen.findByText('Not available yet')).toBeInTheDocument();
  });

  it('shows a not-found page with a way home for an unknown address', async () => {
    const { user } = render(undefined, { route: '/no/such/page' });

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/no/such/page')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the home page' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Images' })).toBeInTheDocument();
  });

  it('switches between light and dark with the header toggle', async () => {
    const { user } = render(undefined, { route: '/images' });
    await screen.findByRole('heading', { level: 1, name: 'Images' });
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'light');

    await user.click(screen.getByRole('button', { name: 'Switch to dark mode' }));

    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await user.click(screen.getByRole('button', { name: 'Switch to light mode' }));
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'light');
  });

  it('says whether the narrow-screen navigation is open, and Esc closes it back to its button', async () => {
    const { user } = render(undefined, { route: '/' });
    const button = await screen.findByRole('button', { name: 'Open navigation' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    const close = screen.getByRole('button', { name: 'Close navigation' });
    expect(close).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Open navigation' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(screen.getByRole('button', { name: 'Open navigation' })).toHaveFocus();
  });

  // Mantine's AppShell marks its root `data-resizing` for its first 200 ms, and that sets a CSS
  // variable every element of the page inherits: the page was styled again from the top, once per
  // load, for nothing (62–172 ms of a phone's main thread at 8x). Only a real resize needs it.
  it('marks the frame as resizing while the window is resized, not when it first draws', async () => {
    const marked: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const nodes = record.type === 'attributes' ? [record.target] : [...record.addedNodes];
        for (const node of nodes) {
          if (!(node instanceof Element)) continue;
          const found = node.matches('[data-resizing]')
            ? node
            : node.querySelector('[data-resizing]');
          if (found) marked.push(found.className);
        }
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    try {
      render(undefined, { route: '/settings' });
      await screen.findByRole('heading', { level: 1, name: 'Settings' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(marked).toEqual([]);

      const frame = screen.getByRole('banner').parentElement!;
      fireEvent(window, new Event('resize'));
      expect(frame).toHaveAttribute('data-resizing');
      await waitFor(() => expect(frame).not.toHaveAttribute('data-resizing'));
    } finally {
      observer.disconnect();
    }
  });

  // A Mantine style prop that varies with the screen (`px={{ base: 8, xs: 'md' }}`) is drawn as a
  // <style> element of its own. Each one added or taken away makes Chromium rebuild what it knows
  // of every stylesheet, the console's whole one included (22–54 ms of a phone's main thread, 8x
  // CPU slowdown), and the header's were added and taken away as its parts arrived, on every page.
  it('draws its header with no style elements of its own, before and after its parts load', async () => {
    render(undefined, { route: '/settings' });
    const banner = await screen.findByRole('banner');
    expect(banner.querySelectorAll('style')).toHaveLength(0);

    await within(banner).findByRole('button', { name: /^Account/ }, { timeout: 5000 });
    expect(banner.querySelectorAll('style')).toHaveLength(0);
  });
});
