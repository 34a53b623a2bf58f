import { act, render as renderAlone, screen } from '@testing-library/react';
import { Component, Suspense, type ReactElement, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyPage } from './lazy-page.tsx';
import { pageReady } from './page-ready.ts';

class Caught extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    if (this.state.failed) return <p>The page could not load</p>;
    return <Suspense fallback={<p>Loading the page</p>}>{this.props.children}</Suspense>;
  }
}

describe('pages whose code loads when they are drawn', () => {
  it('paints the shell at once, before the page’s code has arrived', async () => {
    // A fresh module graph, as after a page load: unit test files share one per worker, and an
    // earlier file may already have loaded the settings page's code.
    vi.resetModules();
    const { render } = await import('../testing/render.tsx');
    render(undefined, { route: '/settings' });
    // Synchronously after the first render: no waiting for the page's chunk.
    expect(screen.getByRole('link', { name: 'DaaS Console' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByLabelText('Loading')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
  });

  it('loads the code again after a failed load, instead of failing for good', async () => {
    let online = false;
    const Page = lazyPage(async () => {
      if (!online) throw new TypeError('Failed to fetch dynamically imported module');
      return () => <h1>Loaded</h1>;
    });
    const { rerender } = renderAlone(
      <Caught key="first">
        <Page />
      </Caught>,
    );
    expect(await screen.findByText('The page could not load')).toBeInTheDocument();
    // Back online, what a route's "Try again" does: draw the page again.
    online = true;
    await act(async () =>
      rerender(
        <Caught key="again">
          <Page />
        </Caught>,
      ),
    );
    expect(await screen.findByRole('heading', { name: 'Loaded' })).toBeInTheDocument();
  });
});

describe('a page whose code arrives while it is drawn', () => {
  it('stays the same component to React, so a redraw keeps what the person did on it', async () => {
    // React goes on with a suspended page where it stopped once its code arrives, without
    // drawing the route above it again: the page then stays whatever component it was when it
    // suspended. Another one at the next redraw (the address changing as a wizard's choices are
    // made) and React starts the page afresh: the wizard went back to its first step.
    const Page = lazyPage(async () => () => <h1>Loaded</h1>);
    const suspended = (Page({}) as ReactElement).type;
    await Page.preload();
    const arrived = (Page({}) as ReactElement).type;
    expect(arrived).toBe(suspended);
  });
});

describe('a page whose code has already arrived', () => {
  it('is drawn at once, without a fallback', async () => {
    const Page = lazyPage(async () => () => <h1>Loaded</h1>);
    await Page.preload();
    renderAlone(
      <Suspense fallback={<p>Loading the page</p>}>
        <Page />
      </Suspense>,
    );
    // Synchronously: no suspension, so no fallback and no held-back reveal.
    expect(screen.getByRole('heading', { name: 'Loaded' })).toBeInTheDocument();
    expect(screen.queryByText('Loading the page')).toBeNull();
  });

  it('is ready for the first render of an address that shows it (pageReady)', async () => {
    const Page = lazyPage(async () => () => <h1>Loaded</h1>);
    const Other = lazyPage(() => new Promise(() => undefined));
    const routes = [
      { path: '/a', Component: Page },
      { path: '/b', Component: Other },
    ];
    await pageReady(routes, '/a', 5_000);
    renderAlone(<Page />);
    expect(screen.getByRole('heading', { name: 'Loaded' })).toBeInTheDocument();
    // An address whose page never arrives still lets the first render happen.
    await expect(pageReady(routes, '/b', 10)).resolves.toBeUndefined();
  });

  it('is ready for the first render of the console’s own routes, each page in its error boundary', async () => {
    // A fresh module graph, as after a page load: no page's code has arrived yet.
    vi.resetModules();
    const { createRoutes } = await import('./router.tsx');
    const { pageReady } = await import('./page-ready.ts');
    const { render } = await import('../testing/render.tsx');
    const routes = createRoutes();
    await pageReady(routes, '/settings', 10_000);
    render(undefined, { route: '/settings', routes });
    // Synchronously after the first render: the page, not a spinner standing in for it. Over the
    // server's painted shell a spinner would replace the heading on screen, then the page would
    // come back no sooner than 300 ms later (React's hold on a boundary that showed its fallback).
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Loading')).toBeNull();
  });
});
