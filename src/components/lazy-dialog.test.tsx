import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { render } from '../testing/render.tsx';
import { lazyDialog } from './lazy-dialog.tsx';

interface AskProps {
  name: string;
  onClose: (stillToDo: string[]) => void;
}

const Ask = ({ name }: AskProps) => <div role="dialog" aria-label={`Ask ${name}`} />;

describe('a dialog whose code loads when first opened', () => {
  it('shows a loader where it will open, then the dialog', async () => {
    let arrive = () => {};
    const Dialog = lazyDialog<AskProps>(
      () => new Promise((resolve) => (arrive = () => resolve(Ask))),
      () => undefined,
    );
    render(<Dialog name="Ada" onClose={() => undefined} />);
    expect(screen.getByRole('status', { name: 'Opening the dialog' })).toBeInTheDocument();
    arrive();
    expect(await screen.findByRole('dialog', { name: 'Ask Ada' })).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Opening the dialog' })).not.toBeInTheDocument();
  });

  it('says in words when its code cannot arrive, and tries again on asking', async () => {
    let online = false;
    const Dialog = lazyDialog<AskProps>(
      async () => {
        if (!online) throw new TypeError('Failed to fetch dynamically imported module');
        return Ask;
      },
      () => undefined,
    );
    const { user } = render(<Dialog name="Ada" onClose={() => undefined} />);
    expect(
      await screen.findByRole('alertdialog', { name: 'The dialog could not open' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus();
    expect(screen.getByText(/check the connection, then try again\. Nothing was done\./)).toBe(
      screen.getByText(/Its code did not arrive/),
    );
    online = true;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('dialog', { name: 'Ask Ada' })).toBeInTheDocument();
  });

  it('closes as nothing done when asked to after its code failed to arrive', async () => {
    const dismiss = vi.fn(({ name, onClose }: AskProps) => onClose([name]));
    const onClose = vi.fn();
    const Dialog = lazyDialog<AskProps>(() => Promise.reject(new TypeError('offline')), dismiss);
    const { user } = render(<Dialog name="session-1" onClose={onClose} />);
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledWith(['session-1']);
  });

  it('closes as nothing done on Escape, as the dialog would', async () => {
    const onClose = vi.fn();
    const Dialog = lazyDialog<AskProps>(
      () => Promise.reject(new TypeError('offline')),
      ({ name, onClose }) => onClose([name]),
    );
    const { user } = render(<Dialog name="session-2" onClose={onClose} />);
    await screen.findByRole('alertdialog', { name: 'The dialog could not open' });
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledWith(['session-2']);
  });

  it('draws at once once its code has arrived (`preload`)', async () => {
    const Dialog = lazyDialog<AskProps>(
      async () => Ask,
      () => undefined,
    );
    await Dialog.preload();
    render(<Dialog name="Ada" onClose={() => undefined} />);
    expect(screen.getByRole('dialog', { name: 'Ask Ada' })).toBeInTheDocument();
  });
});
