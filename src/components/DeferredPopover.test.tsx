import { Text } from '@mantine/core';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * A header dropdown as on a page just loaded: a fresh module graph (unit test files share one
 * per worker), so no input has happened yet and the Popover's code has not arrived.
 */
async function freshMenu() {
  vi.resetModules();
  const { render } = await import('../testing/render.tsx');
  const { HeaderPopover } = await import('./HeaderPopover.tsx');
  return render(
    <HeaderPopover face="Account" width={240} loadingLabel="Loading the account">
      {() => <Text>Signed in as Ada</Text>}
    </HeaderPopover>,
  );
}

const accountButton = () => screen.getByRole('button', { name: 'Account' });

describe('a header dropdown whose code loads at the page’s first input', () => {
  // Compiled once ahead, so the tests do not wait on the runner's transform (each fresh graph
  // still loads it at its first input).
  beforeAll(() => import('./floating-frames.tsx'));

  it('is a button that says it opens a dialog, and a first click opens it once the code is in', async () => {
    await freshMenu();
    const button = accountButton();
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
    expect(button).toHaveAttribute('aria-expanded', 'false');

    // A click with no mouse move before it (a tap, a screen reader): kept, and shown on arrival.
    fireEvent.click(button);
    expect(await screen.findByText('Signed in as Ada')).toBeVisible();
    expect(accountButton()).toHaveAttribute('aria-expanded', 'true');
  });

  it('does not draw the button again in the middle of a press, which would lose its click', async () => {
    await freshMenu();
    const button = accountButton();
    // The press is the first input: the code loads while the button is held down.
    fireEvent.pointerDown(button, { pointerId: 1 });
    await import('./floating-frames.tsx');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(accountButton()).toBe(button);

    fireEvent.pointerUp(button, { pointerId: 1 });
    fireEvent.click(button);
    expect(await screen.findByText('Signed in as Ada')).toBeVisible();
    expect(accountButton()).not.toBe(button);
  });

  it('keeps the keyboard’s focus on its button when the button is drawn again', async () => {
    const { user } = await freshMenu();
    const button = accountButton();
    // The Tab is the first input: the code loads as the focus lands on the button.
    await user.tab();
    // Drawn inside the Popover once its code is in: a new element, with the focus.
    await waitFor(() => expect(accountButton()).not.toBe(button));
    expect(accountButton()).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Signed in as Ada')).toBeVisible();
  });
});
