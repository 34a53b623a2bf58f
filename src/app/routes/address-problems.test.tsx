/**
 * "Every form and URL parameter rejects bad values with a clear message": a page opened from an
 * address with values it cannot use still opens (falling back), and says in words what it ignored
 * and what it shows instead. The send-message form explains a message of only spaces.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogHandlers } from '../../testing/catalog-fixtures.ts';
import { server } from '../../testing/msw-server.ts';
import { render } from '../../testing/render.tsx';
import {
  catalogListHandler,
  sessionFixture,
  sessionSearchHandler,
  type RecordedSearch,
} from '../../testing/session-fixtures.ts';

const noticeTitle = 'Part of this address could not be used';

describe('an address with values a page cannot use', () => {
  it('sessions: names the bad page size and unknown columns, and still shows 100 per page', async () => {
    const recorded: RecordedSearch[] = [];
    server.use(catalogListHandler, sessionSearchHandler([[sessionFixture(1)]], recorded));
    render(undefined, { route: '/sessions?size=abc&columns=user,bogus&state=Asleep' });

    expect(await screen.findByText(noticeTitle)).toBeVisible();
    expect(
      screen.getByText(
        'The address had an invalid page size ‘abc’; showing 100 per page (choose 50, 100, 250, 1000).',
      ),
    ).toBeVisible();
    expect(
      screen.getByText('The address had an invalid session state ‘Asleep’; showing every state.'),
    ).toBeVisible();
    expect(
      screen.getByText('The address named unknown columns ‘bogus’; they are left out.'),
    ).toBeVisible();
    // The fallback is real: the page asked for 100 rows.
    await waitFor(() => expect(recorded[0]?.limit).toBe('100'));
  });

  it('images: names the bad sort order and view; dismissing hides the notice', async () => {
    const { user } = render(undefined, { route: '/images?sort=abc&view=grid' });
    const title = await screen.findByText(noticeTitle);
    const alert = title.closest('[role="status"]') as HTMLElement;
    expect(
      within(alert).getByText('The address had an invalid sort order ‘abc’; newest first.'),
    ).toBeVisible();
    expect(
      within(alert).getByText('The address had an invalid view ‘grid’; showing cards.'),
    ).toBeVisible();

    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByText(noticeTitle)).not.toBeInTheDocument());
  });

  it('images: a link from the one-provider gallery says which of its parameters are no longer used, and what to use', async () => {
    render(undefined, {
      route: '/images?provider=rackspace&status=ACTIVE&name=Ubuntu&type=snapshot&limit=100',
    });
    const title = await screen.findByText(noticeTitle);
    const alert = title.closest('[role="status"]') as HTMLElement;
    for (const line of [
      'The address had ‘status=ACTIVE’ from the older gallery, which this list no longer reads; use the State filter.',
      'The address had ‘name=Ubuntu’ from the older gallery, which this list no longer reads; search for the whole name in quotes, e.g. "Ubuntu".',
      'The address had ‘type=snapshot’ from the older gallery, which this list no longer reads; use the Prepared by filter.',
      'The address had ‘limit=100’ from the older gallery, which this list no longer reads; every image is loaded now.',
    ]) {
      expect(within(alert).getByText(line)).toBeVisible();
    }
  });

  it('catalogs: names a bad sort column and sorts by name', async () => {
    server.use(...catalogHandlers);
    render(undefined, { route: '/catalogs?sort=colour&dir=sideways' });
    await screen.findByRole('table', { name: 'Catalogs' });
    expect(
      screen.getByText('The address had an invalid sort column ‘colour’; sorting by name.'),
    ).toBeVisible();
    expect(
      screen.getByText('The address had an invalid sort direction ‘sideways’; sorting ascending.'),
    ).toBeVisible();
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('says nothing for a good address', async () => {
    server.use(...catalogHandlers);
    render(undefined, { route: '/catalogs?sort=machines&dir=desc' });
    await screen.findByRole('table', { name: 'Catalogs' });
    expect(screen.queryByText(noticeTitle)).not.toBeInTheDocument();
  });
});

describe('the send-message form', () => {
  it('explains on the field why a message of only spaces cannot be sent', async () => {
    server.use(catalogListHandler, sessionSearchHandler([[sessionFixture(1)]], []));
    const { user } = render(undefined, { route: '/sessions' });
    await user.click(
      await screen.findByRole('checkbox', { name: 'Select every session on this page' }),
    );
    await user.click(screen.getByRole('button', { name: 'Send message' }));
    const dialog = await screen.findByRole('dialog', { name: /Send message/ });
    const message = within(dialog).getByRole('textbox', { name: /Message/ });

    await user.type(message, '   ');
    // The description also carries the character count, "3 / 4000".
    expect(message).toHaveAccessibleDescription(
      expect.stringContaining('Only spaces so far: write the text users will see.'),
    );
    expect(within(dialog).getByRole('button', { name: 'Send message' })).toBeDisabled();

    await user.type(message, 'Please save your work');
    expect(message).not.toHaveAccessibleDescription(/Only spaces/);
    expect(within(dialog).getByRole('button', { name: 'Send message' })).toBeEnabled();
  });
});
