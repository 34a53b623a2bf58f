import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../../lib/query-client.ts';
import { server } from '../../../testing/msw-server.ts';
import { render } from '../../../testing/render.tsx';
import { sessionFixture } from '../../../testing/session-fixtures.ts';
import { simulateSite } from './simulated-sessions-site.ts';

describe('session actions', { timeout: 15_000 }, () => {
  it('asks for confirmation, follows the job, and the logged-off session leaves the table', async () => {
    const calls = simulateSite();
    const { user } = render(undefined, { route: '/sessions' });
    const table = await screen.findByRole('table', { name: 'Sessions' });
    await user.click(await within(table).findByRole('checkbox', { name: /User Number 2 on/ }));
    const toolbar = screen.getByRole('toolbar', { name: 'Actions on selected sessions' });
    await user.click(within(toolbar).getByRole('button', { name: 'Log off' }));

    const dialog = await screen.findByRole('dialog', { name: 'Log off: 1 session' });
    expect(within(dialog).getByText(/unsaved work/)).toBeVisible();
    expect(calls).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Log off' }));
    expect(
      await within(dialog).findByText('Done: logged off for 1 of 1.', {}, { timeout: 4000 }),
    ).toBeVisible();
    expect(calls.map((c) => c.path)).toEqual(['logoff?async=true']);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'User Number 2' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('link', { name: 'User Number 1' })).toBeVisible();
  });

  it('sends a message with title, text and style to every selected session', async () => {
    const calls = simulateSite();
    const { user } = render(undefined, { route: '/sessions' });
    await user.click(
      await screen.findByRole('checkbox', { name: 'Select every session on this page' }),
    );
    await user.click(screen.getByRole('button', { name: 'Send message' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send message: 3 sessions' });
    const send = within(dialog).getByRole('button', { name: 'Send message' });
    expect(send).toBeDisabled();
    await user.type(
      within(dialog).getByRole('textbox', { name: /Message/ }),
      'Please save your work',
    );
    await user.click(within(dialog).getByRole('combobox', { name: 'Style' }));
    await user.click(await screen.findByRole('option', { name: 'Warning' }));
    await user.click(send);
    expect(
      await within(dialog).findByText(/Done: sent the message for 3 of 3/, {}, { timeout: 4000 }),
    ).toBeVisible();
    expect(calls).toHaveLength(3);
    expect(calls[0]).toEqual({
      path: 'sendMessage?async=true',
      body: {
        Title: 'Message from the help desk',
        Text: 'Please save your work',
        Style: 'Exclamation',
      },
    });
  });

  it('explains an over-long message or an invisible override character before sending, with the count', async () => {
    const calls = simulateSite();
    const { user } = render(undefined, { route: '/sessions' });
    const table = await screen.findByRole('table', { name: 'Sessions' });
    await user.click(await within(table).findByRole('checkbox', { name: /User Number 1 on/ }));
    await user.click(screen.getByRole('button', { name: 'Send message' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send message: 1 session' });
    const send = within(dialog).getByRole('button', { name: 'Send message' });
    const text = within(dialog).getByRole('textbox', { name: /Message/ });
    const title = within(dialog).getByRole('textbox', { name: 'Title' });

    await user.click(text);
    await user.paste('x'.repeat(4001));
    expect(text).toBeInvalid();
    expect(text).toHaveAccessibleDescription(
      expect.stringContaining('The message is 4001 characters long; the limit is 4000. Remove 1.'),
    );
    expect(text).toHaveAccessibleDescription(expect.stringContaining('4001 / 4000'));
    expect(send).toBeDisabled();

    await user.clear(text);
    await user.type(text, 'Pay invoice\u202Efdp.exe');
    expect(text).toHaveAccessibleDescription(
      expect.stringContaining(
        'The message contains an invisible right-to-left override character (U+202E)',
      ),
    );
    expect(text).toHaveAccessibleDescription(expect.stringContaining('19 / 4000'));
    expect(send).toBeDisabled();

    await user.clear(text);
    await user.type(text, 'Please save your work');
    expect(text).toBeValid();
    expect(send).toBeEnabled();
    await user.type(title, '\u2067');
    expect(title).toHaveAccessibleDescription(
      expect.stringContaining('The title contains an invisible right-to-left isolate character'),
    );
    expect(title).toHaveAccessibleDescription(expect.stringContaining('27 / 255'));
    expect(send).toBeDisabled();
    expect(calls).toEqual([]);
  });

  it('opens a session from its row with the full details, and disconnects it from there', async () => {
    const calls = simulateSite();
    const { user, router } = render(undefined, { route: '/sessions?q=user' });
    await user.click(await screen.findByRole('link', { name: 'User Number 3' }));
    const drawer = await screen.findByRole('dialog', { name: 'Session of User Number 3' });
    expect(router.state.location.pathname).toBe(`/sessions/${sessionFixture(3).Id}`);
    expect(router.state.location.search).toBe('?q=user');
    for (const section of [
      'User',
      'Client',
      'Connection',
      'Machine',
      'Applications in use',
      'Smart access tags',
    ]) {
      expect(await within(drawer).findByRole('region', { name: section })).toBeVisible();
    }
    expect(within(drawer).getByText('user3@corp.contoso.com')).toBeVisible();
    await user.click(within(drawer).getByRole('button', { name: 'Disconnect' }));
    const confirm = await screen.findByRole('dialog', { name: 'Disconnect: 1 session' });
    await user.click(within(confirm).getByRole('button', { name: 'Disconnect' }));
    expect(
      await within(confirm).findByText(/Done: disconnected/, {}, { timeout: 4000 }),
    ).toBeVisible();
    expect(calls.map((c) => c.path)).toEqual(['disconnect?async=true']);
    await user.click(within(confirm).getByRole('button', { name: 'Close' }));
    expect(await within(drawer).findByText('Disconnected')).toBeVisible();
  });

  it('logs off a session from its details and says it has ended, with no error toast', async () => {
    simulateSite();
    // The app's own client, whose failed background refreshes become toasts.
    const { user } = render(undefined, {
      route: `/sessions/${sessionFixture(2).Id}`,
      queryClient: createQueryClient(),
    });
    const drawer = await screen.findByRole('dialog', { name: 'Session of User Number 2' });
    await user.click(await within(drawer).findByRole('button', { name: 'Log off' }));
    const confirm = await screen.findByRole('dialog', { name: 'Log off: 1 session' });
    await user.click(within(confirm).getByRole('button', { name: 'Log off' }));
    expect(
      await within(confirm).findByText('Done: logged off for 1 of 1.', {}, { timeout: 4000 }),
    ).toBeVisible();
    await user.click(within(confirm).getByRole('button', { name: 'Close' }));
    expect(await within(drawer).findByText('This session has ended')).toBeVisible();
    expect(screen.queryByText(/Could not refresh/)).not.toBeInTheDocument();
    expect(screen.queryByText(/not found/i)).not.toBeInTheDocument();
  });
});

describe('session actions under faults', { timeout: 15_000 }, () => {
  async function logOffUserTwo() {
    const { user } = render(undefined, { route: '/sessions' });
    const table = await screen.findByRole('table', { name: 'Sessions' });
    await user.click(await within(table).findByRole('checkbox', { name: /User Number 2 on/ }));
    await user.click(screen.getByRole('button', { name: 'Log off' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log off: 1 session' });
    await user.click(within(dialog).getByRole('button', { name: 'Log off' }));
    return dialog;
  }

  it('reports a refused action in words and never sends it again by itself', async () => {
    simulateSite();
    let posts = 0;
    server.use(
      http.post(/\/api\/cvad\/manage\/Sessions\/[^/]+\/\$logoff/, () => {
        posts += 1;
        return HttpResponse.json(
          { ErrorMessage: 'Service is busy.' },
          { status: 503, headers: { 'Retry-After': '0' } },
        );
      }),
    );
    const dialog = await logOffUserTwo();
    expect(await within(dialog).findByText('1 did not succeed')).toBeVisible();
    expect(
      within(dialog).getByText(/^Failed: Service unavailable\. .*could not answer right now/),
    ).toBeVisible();
    // The service's own text is not the reason shown: the console's words are.
    expect(dialog).not.toHaveTextContent('Service is busy.');
    expect(posts).toBe(1);
  });

  it('rides out a failed read of the job, so an action that worked is reported as done', async () => {
    const calls = simulateSite();
    let jobFailures = 0;
    server.use(
      http.get('*/api/cvad/manage/Jobs/:id', () => {
        if (jobFailures >= 2) return undefined; // on to the site's own job handler
        jobFailures += 1;
        return new HttpResponse(null, { status: 503, headers: { 'Retry-After': '0' } });
      }),
    );
    const dialog = await logOffUserTwo();
    expect(
      await within(dialog).findByText('Done: logged off for 1 of 1.', {}, { timeout: 5000 }),
    ).toBeVisible();
    expect(jobFailures).toBe(2);
    expect(calls).toHaveLength(1);
  });
});
