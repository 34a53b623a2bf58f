import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '../../../lib/paths.ts';
import { meAs } from '../../../testing/handlers.ts';
import { server } from '../../../testing/msw-server.ts';
import { serveAuditByTarget, simulatePersonSite } from '../../../testing/person-site.ts';
import { render } from '../../../testing/render.tsx';
import { sessionFixture } from '../../../testing/session-fixtures.ts';

describe('the person view: acting on one of their sessions', { timeout: 20_000 }, () => {
  it('logs one session off from their page, says it is done, and the session leaves the list', async () => {
    server.use(meAs('helpdesk'));
    const site = simulatePersonSite();
    serveAuditByTarget();
    const { user } = render(undefined, { route: paths.user.href('CONTOSO\\aisha.chen') });

    const actions = await screen.findByRole('toolbar', {
      name: 'Actions on the session on CONTOSO\\FS-VD-0002',
    });
    await user.click(await within(actions).findByRole('button', { name: 'Log off' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log off: 1 session' });
    await user.click(within(dialog).getByRole('button', { name: 'Log off' }));
    expect(await within(dialog).findByText(/^Done: /)).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));

    const table = screen.getByRole('table', { name: 'Their sessions' });
    await within(table).findByText(/session on CONTOSO\\FS-VD-0001/);
    expect(
      within(table).queryByRole('link', { name: 'Application session on CONTOSO\\FS-VD-0002' }),
    ).toBeNull();
    expect(site.calls).toEqual([`logoff ${sessionFixture(2).Id}`]);
  });
});
