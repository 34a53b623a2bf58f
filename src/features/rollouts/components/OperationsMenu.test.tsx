import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { operationQueries } from '../../../api/console/operations.ts';
import { paths } from '../../../lib/paths.ts';
import { server } from '../../../testing/msw-server.ts';
import { machineRestartOperation, operationHandlers } from '../../../testing/operation-fixtures.ts';
import { planFixture, planHandlers } from '../../../testing/plan-fixtures.ts';
import { render } from '../../../testing/render.tsx';

describe('the Operations menu', () => {
  it('shows a colleague’s machine restart in words, and says once when it ends', async () => {
    let operations = [machineRestartOperation()];
    server.use(...operationHandlers(() => operations));
    const { user, queryClient } = render(undefined, { route: '/settings' });
    await user.click(await screen.findByRole('button', { name: 'Operations: 1 in progress' }));
    expect(
      await screen.findByRole('link', { name: 'Restart of machine CONTOSO\\FS-VD-0002' }),
    ).toHaveAttribute('href', paths.audit.href({ target: 'machine-2' }));
    expect(screen.getByText(/In progress · by Harper Helpdesk · started/)).toBeInTheDocument();

    operations = [
      machineRestartOperation({ state: 'succeeded', finishedAt: '2026-11-24T10:01:00.000Z' }),
    ];
    await queryClient.invalidateQueries({ queryKey: operationQueries.lists() });
    expect(
      await screen.findByText('Restart of machine CONTOSO\\FS-VD-0002: done'),
    ).toBeInTheDocument();
  });
});

describe('the Operations menu’s plans', () => {
  it('lists scheduled and running plans first, with state and start, linking to each', async () => {
    server.use(
      ...planHandlers(() => [
        planFixture({ id: 'plan-old', state: 'succeeded', imageName: 'Old image' }),
        planFixture({ id: 'plan-1' }),
      ]),
    );
    const { user } = render(undefined, { route: '/settings' });
    await user.click(await screen.findByRole('button', { name: /^Operations/ }));
    const links = await screen.findAllByRole('link', { name: /^Plan:/ });
    expect(links.map((link) => link.textContent)).toEqual([
      'Plan: Finance Server 2025-11 #7 to 2 catalogs',
      'Plan: Old image to 2 catalogs',
    ]);
    expect(links[0]).toHaveAttribute('href', paths.plan.href('plan-1'));
    expect(
      screen.getByText(/^Scheduled · starts .*02:00.*\(Europe\/Berlin, UTC\+01:00\)/),
    ).toBeInTheDocument();
  });

  it('counts scheduled and running plans on the button, as the menu lists them', async () => {
    server.use(
      ...planHandlers(() => [
        planFixture({ id: 'plan-old', state: 'succeeded', imageName: 'Old image' }),
        planFixture({ id: 'plan-running', state: 'running', imageName: 'Running image' }),
        planFixture({ id: 'plan-1' }),
      ]),
    );
    render(undefined, { route: '/settings' });
    const button = await screen.findByRole('button', {
      name: 'Operations: 0 in progress, 2 plans scheduled or running',
    });
    expect(button).toHaveTextContent(/^Operations2$/);
  });
});
