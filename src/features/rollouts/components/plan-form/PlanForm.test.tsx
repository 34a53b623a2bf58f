import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { paths } from '../../../../lib/paths.ts';
import { browserTimeZone, wallToInstant } from '../../../../lib/zoned-time.ts';
import { catalogHandlers } from '../../../../testing/catalog-fixtures.ts';
import { server } from '../../../../testing/msw-server.ts';
import { planFixture, planHandlers, type PlanRequests } from '../../../../testing/plan-fixtures.ts';
import { render } from '../../../../testing/render.tsx';

const newPlan = (presets: Parameters<typeof paths.newPlan.href>[0]) => paths.newPlan.href(presets);

function recording() {
  const requests: PlanRequests = { created: [], changed: [], cancelled: [], reverted: [] };
  server.use(...planHandlers(() => [], requests));
  return requests;
}

/** A day some weeks ahead, as a date input holds it. */
const dayAhead = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

type User = ReturnType<typeof render>['user'];

async function chooseTimeZone(user: User, zone: string) {
  const field = screen.getByRole('combobox', { name: 'Time zone' });
  await user.clear(field);
  await user.type(field, zone);
  await user.click(await screen.findByRole('option', { name: zone }));
}

async function scheduleAt(user: User, date: string, time: string, zone: string) {
  await user.clear(screen.getByLabelText('Start date'));
  await user.type(screen.getByLabelText('Start date'), date);
  await user.clear(screen.getByLabelText('Start time'));
  await user.type(screen.getByLabelText('Start time'), time);
  await chooseTimeZone(user, zone);
}

describe('the plan form', () => {
  beforeEach(() => server.use(...catalogHandlers));

  it('explains each missing field on the field when submitted empty', async () => {
    const requests = recording();
    const { user } = render(undefined, { route: newPlan({}) });
    // The start opens filled in; emptied, it is explained as the rest.
    await user.clear(await screen.findByLabelText('Start date'));
    await user.click(screen.getByRole('button', { name: 'Schedule the plan' }));
    expect(await screen.findByText('Choose the image to roll out.')).toBeInTheDocument();
    expect(
      screen.getByText('Add at least one catalog to the first wave (the canary).'),
    ).toBeInTheDocument();
    expect(screen.getByText('Enter the date the first wave starts.')).toBeInTheDocument();
    expect(requests.created).toEqual([]);
  });

  it('names the image it starts from, and lists the others only on request', async () => {
    const { user } = render(undefined, { route: newPlan({ image: 'img-new' }) });
    const chosen = await screen.findByRole('region', { name: 'Chosen image' });
    expect(chosen).toHaveTextContent('Finance Server 2025-11 #7');
    expect(chosen).toHaveTextContent('East US');
    expect(chosen).not.toHaveTextContent('eastus');
    expect(screen.queryByRole('table', { name: 'Images to roll out' })).not.toBeInTheDocument();
    await user.click(within(chosen).getByRole('button', { name: 'Choose another image' }));
    expect(await screen.findByRole('table', { name: 'Images to roll out' })).toBeInTheDocument();
  });

  it('arranges catalogs in waves: the canary first, moved and removed by name', async () => {
    const { user } = render(undefined, { route: newPlan({ image: 'img-new' }) });
    const canary = await screen.findByRole('group', { name: 'Wave 1 (canary)' });
    await user.click(
      within(canary).getByRole('combobox', { name: 'Add a catalog to wave 1 (canary)' }),
    );
    await user.click(await screen.findByRole('option', { name: /Finance Shared/ }));
    await user.click(screen.getByRole('button', { name: 'Add wave' }));
    const second = screen.getByRole('group', { name: 'Wave 2' });
    await user.click(within(second).getByRole('combobox', { name: 'Add a catalog to wave 2' }));
    // A catalog that is busy now is listed with the reason, said before it is picked.
    await user.click(await screen.findByRole('option', { name: /Sales Shared/ }));
    expect(within(second).getByText('Sales Shared')).toBeInTheDocument();

    await user.click(within(canary).getByRole('combobox', { name: 'Move Finance Shared to' }));
    await user.click(await screen.findByRole('option', { name: 'Wave 2' }));
    expect(within(second).getByText('Finance Shared')).toBeInTheDocument();
    expect(within(canary).getByText('No catalog in this wave yet.')).toBeInTheDocument();

    await user.click(within(second).getByRole('button', { name: 'Remove Sales Shared' }));
    expect(
      within(second).queryByRole('combobox', { name: 'Move Sales Shared to' }),
    ).not.toBeInTheDocument();
  });

  it('shows the zone and its offset, and says a time skipped by the clocks does not exist', async () => {
    const { user } = render(undefined, {
      route: newPlan({ image: 'img-new', catalogs: ['cat-active'] }),
    });
    await screen.findByRole('group', { name: 'Wave 1 (canary)' });
    await scheduleAt(user, '2027-03-28', '02:30', 'Europe/Berlin');
    expect(
      await screen.findByText(/02:30 does not exist on 2027-03-28 in Europe\/Berlin/),
    ).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Start time'));
    await user.type(screen.getByLabelText('Start time'), '03:30');
    expect(
      await screen.findByText(/^Starts .*28.*03:30.*\(Europe\/Berlin, UTC\+02:00\)/),
    ).toBeInTheDocument();
  });

  it('needs one confirmation covering every warning before it schedules', async () => {
    const requests = recording();
    const { user } = render(undefined, {
      route: newPlan({ image: 'img-old', catalogs: ['cat-active'], delay: 0 }),
    });
    await screen.findByRole('group', { name: 'Wave 1 (canary)' });
    await scheduleAt(user, dayAhead(20), '10:00', 'UTC');
    expect(screen.getByText(/is deprecated/)).toBeInTheDocument();
    expect(
      screen.getByText(/Every catalog in the plan: Restart now logs off every session/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Schedule the plan' }));
    expect(
      await screen.findByText('Confirm you have read the warnings to schedule the plan.'),
    ).toBeInTheDocument();
    expect(requests.created).toEqual([]);

    await user.click(
      screen.getByRole('checkbox', { name: 'I have read the warnings and want to go ahead' }),
    );
    await user.click(screen.getByRole('button', { name: 'Schedule the plan' }));
    expect(await screen.findByRole('heading', { name: /Rollout plan:/ })).toBeInTheDocument();
    expect(requests.created).toHaveLength(1);
  });

  it('sends exactly the draft, then opens the plan', async () => {
    const requests = recording();
    const { user, router } = render(undefined, {
      route: newPlan({ image: 'img-new', catalogs: ['cat-active'] }),
    });
    await screen.findByRole('group', { name: 'Wave 1 (canary)' });
    await user.click(screen.getByRole('button', { name: 'Add wave' }));
    await user.click(screen.getByRole('combobox', { name: 'Add a catalog to wave 2' }));
    await user.click(await screen.findByRole('option', { name: /Sales Shared/ }));
    const day = dayAhead(30);
    await scheduleAt(user, day, '02:00', 'Europe/Berlin');
    await user.click(screen.getByRole('button', { name: 'Schedule the plan' }));

    await screen.findByRole('heading', { name: /Rollout plan:/ });
    const start = wallToInstant({ date: day, time: '02:00' }, 'Europe/Berlin');
    expect(requests.created).toEqual([
      {
        customerId: 'simcust01',
        siteId: '6f1c2a0e-9d53-4c1b-8f0a-6f4b7c2d9e10',
        imageId: 'img-new',
        citrixPrepared: false,
        restart: {
          vdaUpdateDelay: 60,
          warningTitle: 'Help desk message',
          warningMessage:
            'Your desktop will restart in %m% minutes to apply an update. Save your work and log off.',
        },
        waves: [['cat-active'], ['cat-busy']],
        startAt: start.ok ? new Date(start.instant).toISOString() : 'not a time',
        windowMinutes: 120,
        timeZone: 'Europe/Berlin',
      },
    ]);
    expect(router.state.location.pathname).toBe(paths.plan.href('plan-new'));
  });

  it('opens on a start at the next whole hour at least 30 minutes ahead, in the person’s zone', async () => {
    const requests = recording();
    const { user } = render(undefined, {
      route: newPlan({ image: 'img-new', catalogs: ['cat-active'] }),
    });
    await screen.findByRole('group', { name: 'Wave 1 (canary)' });
    const date = screen.getByLabelText<HTMLInputElement>('Start date').value;
    const time = screen.getByLabelText<HTMLInputElement>('Start time').value;
    expect(time).toMatch(/^\d\d:00$/);
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue(browserTimeZone());
    const start = wallToInstant({ date, time }, browserTimeZone());
    const minutesAhead = start.ok ? (start.instant - Date.now()) / 60_000 : NaN;
    expect(minutesAhead).toBeGreaterThan(29);
    expect(minutesAhead).toBeLessThanOrEqual(90);

    // Scheduled as it opened, without typing a time.
    await user.click(screen.getByRole('button', { name: 'Schedule the plan' }));
    await screen.findByRole('heading', { name: /Rollout plan:/ });
    expect(requests.created.map((draft) => draft.startAt)).toEqual([
      start.ok ? new Date(start.instant).toISOString() : 'not a time',
    ]);
  });

  it('keeps the draft when the server refuses it, across a reload too', async () => {
    server.use(
      http.post('/api/plans', () =>
        HttpResponse.json(
          { error: { code: 'bad_request', message: 'Sales Shared is in another plan.' } },
          { status: 400 },
        ),
      ),
    );
    const route = newPlan({ image: 'img-new', catalogs: ['cat-active'] });
    const { user, unmount } = render(undefined, { route });
    await screen.findByRole('group', { name: 'Wave 1 (canary)' });
    await scheduleAt(user, dayAhead(10), '22:15', 'UTC');
    await user.click(screen.getByRole('button', { name: 'Schedule the plan' }));
    const refusal = await screen.findByRole('alert', { name: /The plan was not scheduled/ });
    expect(refusal).toHaveTextContent('Sales Shared is in another plan.');
    expect(screen.getByLabelText('Start time')).toHaveValue('22:15');

    unmount();
    render(undefined, { route });
    expect(await screen.findByLabelText('Start time')).toHaveValue('22:15');
    expect(screen.getByRole('group', { name: 'Wave 1 (canary)' })).toHaveTextContent(
      'Finance Shared',
    );
  });
});

describe('changing a scheduled plan', () => {
  it('opens prefilled, sends the version, and offers a reload when the plan moved on', async () => {
    const day = dayAhead(10);
    const requests: PlanRequests = { created: [], changed: [], cancelled: [], reverted: [] };
    server.use(
      ...catalogHandlers,
      ...planHandlers(
        () => [
          planFixture({ startAt: `${day}T01:00:00.000Z`, windowEndsAt: `${day}T03:00:00.000Z` }),
        ],
        requests,
      ),
    );
    const { user } = render(undefined, { route: paths.changePlan.href('plan-1') });
    expect(await screen.findByLabelText('Start date')).toHaveValue(day);
    expect(screen.getByLabelText('Start time')).toHaveValue('02:00');
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Berlin');
    expect(screen.getByRole('group', { name: 'Wave 2' })).toHaveTextContent('Sales Shared');

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const conflict = await screen.findByRole('alert', {
      name: 'The plan has started or was changed meanwhile',
    });
    expect(within(conflict).getByRole('button', { name: 'Reload the plan' })).toBeInTheDocument();
    expect(requests.changed).toMatchObject([{ version: 3, waves: [['cat-active'], ['cat-busy']] }]);
  });

  it('saves the change and opens the plan at its new version, at the top of the page', async () => {
    const day = dayAhead(10);
    const current = planFixture({
      startAt: `${day}T01:00:00.000Z`,
      windowEndsAt: `${day}T03:00:00.000Z`,
    });
    let stored = current;
    server.use(
      ...catalogHandlers,
      // Before the shared handlers, whose PUT answers 409.
      http.put('/api/plans/:id', () => {
        stored = { ...current, version: current.version + 1, windowEndsAt: `${day}T02:30:00.000Z` };
        return HttpResponse.json(stored);
      }),
      ...planHandlers(() => [stored]),
    );
    // jsdom lays nothing out: the page is scrolled to where the form's button is by hand.
    let scrolledTo = 1_200;
    const scrollTo = (to?: number | ScrollToOptions, y?: number) => {
      scrolledTo = typeof to === 'number' ? (y ?? 0) : (to?.top ?? scrolledTo);
    };
    const scroll = vi.spyOn(window, 'scrollTo').mockImplementation(scrollTo);
    onTestFinished(() => scroll.mockRestore());
    const { user } = render(undefined, { route: paths.changePlan.href('plan-1') });
    const windowField = await screen.findByLabelText('Maintenance window (minutes)');
    await user.clear(windowField);
    await user.type(windowField, '90');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Rollout plan:/ }),
    ).toBeInTheDocument();
    await waitFor(() => expect(scrolledTo).toBe(0));
  });
});
