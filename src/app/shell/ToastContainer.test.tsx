import { notifications } from '@mantine/notifications';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '../../testing/render.tsx';

/** Renders a page with the app's toasts, once their lazily loaded container is there. */
async function renderPage() {
  const rendered = render(<p>Page</p>);
  act(() => {
    notifications.show({ id: 'probe', message: 'Container loaded' });
  });
  await screen.findByText('Container loaded');
  act(() => notifications.hide('probe'));
  await waitFor(() => expect(screen.queryByText('Container loaded')).not.toBeInTheDocument());
  return rendered;
}

/** What each toast on screen says, top to bottom. */
function toastTexts() {
  return screen.queryAllByRole('alert').map((toast) => toast.textContent);
}

describe('toasts', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows at most three at once; the others wait until one is closed', async () => {
    const { user } = await renderPage();
    act(() => {
      for (const n of [1, 2, 3, 4, 5]) {
        notifications.show({ color: 'red', title: `Failure ${n}`, message: '', autoClose: false });
      }
    });
    await waitFor(() => expect(toastTexts()).toEqual(['Failure 1', 'Failure 2', 'Failure 3']));

    const [first] = screen.getAllByRole('alert');
    await user.click(within(first!).getByRole('button'));
    await waitFor(() => expect(toastTexts()).toEqual(['Failure 2', 'Failure 3', 'Failure 4']));
  });

  it('closes a success by itself after a few seconds, and keeps a failure until it is closed', async () => {
    await renderPage();
    vi.useFakeTimers({ shouldAdvanceTime: true });
    act(() => {
      notifications.show({ color: 'teal', title: 'Saved', message: 'The setting is saved.' });
      notifications.show({ color: 'red', title: 'Failed', message: 'Read me.', autoClose: false });
    });
    await waitFor(() =>
      expect(toastTexts()).toEqual(['SavedThe setting is saved.', 'FailedRead me.']),
    );
    // Long enough to read a line...
    await act(() => vi.advanceTimersByTimeAsync(3000));
    expect(toastTexts()).toEqual(['SavedThe setting is saved.', 'FailedRead me.']);
    // ...then gone, while the failure waits for the user.
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(toastTexts()).toEqual(['FailedRead me.']);
  });

  it('holds only the toast being read: a success beside it still closes', async () => {
    const { user } = await renderPage();
    vi.useFakeTimers({ shouldAdvanceTime: true });
    act(() => {
      notifications.show({ color: 'red', title: 'Failed', message: 'Read me.', autoClose: false });
      notifications.show({ color: 'teal', title: 'Saved', message: 'The setting is saved.' });
    });
    await waitFor(() => expect(screen.queryAllByRole('alert')).toHaveLength(2));
    await user.hover(screen.getByText('Read me.'));
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(toastTexts()).toEqual(['FailedRead me.']);
  });
});

describe('the toasts’ container', () => {
  it('loads with the first toast, not with the page', async () => {
    // A fresh provider and store: another test's toast has already brought the container here.
    vi.resetModules();
    const { AppProvider } = await import('../provider.tsx');
    const fresh = await import('@mantine/notifications');
    const { QueryClient } = await import('@tanstack/react-query');
    const { render: renderPlain } = await import('@testing-library/react');
    renderPlain(
      <AppProvider queryClient={new QueryClient()} env="test">
        <p>Page</p>
      </AppProvider>,
    );
    await screen.findByText('Page');
    // Had the page asked for the container, it would be drawn once its code is here.
    await act(async () => {
      await import('./ToastContainer.tsx');
    });
    expect(document.querySelector('.mantine-Notifications-root')).toBeNull();

    act(() => {
      fresh.notifications.show({ message: 'Saved' });
    });
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(document.querySelector('.mantine-Notifications-root')).not.toBeNull();
  });
});
