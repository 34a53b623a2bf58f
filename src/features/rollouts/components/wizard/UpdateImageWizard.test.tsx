import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  catalogHandlers,
  catalogServiceBase,
  currentImage,
  deprecatedImage,
  singleSessionImage,
  newImage,
} from '../../../../testing/catalog-fixtures.ts';
import { paths } from '../../../../lib/paths.ts';
import { server } from '../../../../testing/msw-server.ts';
import { render } from '../../../../testing/render.tsx';
import {
  blakeAdmin,
  operationHandlers,
  rolloutOperation,
} from '../../../../testing/operation-fixtures.ts';

type User = ReturnType<typeof render>['user'];

beforeEach(() => server.use(...catalogHandlers));

const updateImagePath = `${catalogServiceBase}/catalogs/cat-active/$updateImage`;
const statusLocation = `${catalogServiceBase}/catalogs/cat-active/updateStatus`;

const next = () => screen.getByRole('button', { name: 'Next' });

async function toImageStep(user: User) {
  await screen.findByText('Pre-flight check passed');
  await user.click(next());
}

async function toReview(user: User) {
  await toImageStep(user);
  await user.click(await screen.findByRole('radio', { name: newImage.name }));
  await user.click(next());
  await user.click(next());
  await screen.findByRole('button', { name: 'Start rollout' });
}

describe('update-image wizard', () => {
  it('blocks a catalog that is already processing, saying why', async () => {
    render(undefined, { route: '/rollouts/new?catalog=cat-busy' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This catalog cannot be updated now');
    expect(alert).toHaveTextContent('already running on Sales Shared');
    expect(next()).toBeDisabled();
  });

  it('refuses an active catalog while the server reports someone’s rollout on it running', async () => {
    server.use(...operationHandlers(() => [rolloutOperation({ startedBy: blakeAdmin })]));
    render(undefined, { route: '/rollouts/new?catalog=cat-active' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('A rollout is already running on Finance Shared');
    expect(alert).toHaveTextContent('Blake Builder started it');
    const running = rolloutOperation({ startedBy: blakeAdmin });
    expect(within(alert).getByRole('link', { name: 'Follow the running rollout' })).toHaveAttribute(
      'href',
      paths.rollout.href(running.id),
    );
    expect(next()).toBeDisabled();
  });

  it('moves focus to the new step’s heading on Next and Back, not to the page body', async () => {
    const { user } = render(undefined, { route: '/rollouts/new?catalog=cat-active' });
    expect(await screen.findByRole('heading', { name: /^Step 1 of 5: Catalog/ })).not.toHaveFocus();
    await toImageStep(user);
    expect(await screen.findByRole('heading', { name: /^Step 2 of 5: Image/ })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('heading', { name: /^Step 1 of 5: Catalog/ })).toHaveFocus();
  });

  it('warns about a deprecated image and asks for a second confirmation before it can start', async () => {
    const { user } = render(undefined, {
      route: `/rollouts/new?catalog=cat-active&image=${deprecatedImage.id}`,
    });
    await toImageStep(user);
    await user.click(next());
    await user.click(next());
    const warnings = await screen.findByRole('alert', { name: 'Check before you start' });
    expect(warnings).toHaveTextContent(`${deprecatedImage.name} is deprecated`);
    const start = screen.getByRole('button', { name: 'Start rollout' });
    expect(start).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: /I have read the warning/ }));
    expect(start).toBeEnabled();
  });

  it('names the sessions a restart now logs off on the button that starts it', async () => {
    const { user } = render(undefined, {
      route: `/rollouts/new?catalog=cat-active&image=${newImage.id}`,
    });
    await toImageStep(user);
    await user.click(next());
    await user.click(screen.getByRole('radio', { name: /^Now/ }));
    await user.click(next());
    const warnings = await screen.findByRole('alert', { name: 'Check before you start' });
    expect(warnings).toHaveTextContent('logs off every session');
    await user.click(screen.getByRole('checkbox', { name: /I have read the warning/ }));
    expect(
      await screen.findByRole('button', { name: 'Start rollout and log off 37 sessions now' }),
    ).toBeEnabled();
  });

  it('lists catalogs by name, each with its state, and says inline why one cannot take an image', async () => {
    const { user } = render(undefined, { route: '/rollouts/new' });
    await user.click(await screen.findByLabelText('Catalog', { selector: 'input' }));
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Finance SharedActive',
      'HR DedicatedInput required',
      expect.stringMatching(
        /^Sales SharedProcessing: An operation is already running on Sales Shared/,
      ),
    ]);
  });

  it('started from an image, names it and lists only the catalogs that can take it', async () => {
    const { user } = render(undefined, { route: `/rollouts/new?image=${singleSessionImage.id}` });
    const named = await screen.findByText('Developers Desktop #3');
    expect(named.closest('p')).toHaveTextContent(
      /^Rolling out Developers Desktop #3: only the single-session catalogs that do not run it yet/,
    );
    await user.click(await screen.findByLabelText('Catalog', { selector: 'input' }));
    // The only single-session catalog; the multi-session ones cannot take this image.
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['HR DedicatedInput required']);
  });

  it('started from an image every catalog already runs, says no catalog can take it', async () => {
    const { user } = render(undefined, { route: '/rollouts/new?image=img-current' });
    await user.click(await screen.findByLabelText('Catalog', { selector: 'input' }));
    expect(await screen.findByText('No catalog can take this image')).toBeVisible();
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('lists images newest first with region and date, sorts by name, searches, and picks a row by a click anywhere on it', async () => {
    const { user } = render(undefined, { route: '/rollouts/new?catalog=cat-active' });
    await toImageStep(user);
    const table = await screen.findByRole('table', { name: 'Images this catalog can take' });
    const names = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[1]!.textContent);
    expect(names()).toEqual([
      expect.stringContaining(newImage.name),
      expect.stringContaining(currentImage.name),
      expect.stringContaining(deprecatedImage.name),
    ]);
    expect(within(table).getByRole('columnheader', { name: 'Region' })).toBeVisible();
    expect(within(table).getByRole('columnheader', { name: 'Created' })).toBeVisible();
    expect(
      within(within(table).getAllByRole('row')[3]!).getByTitle('Code: westeurope'),
    ).toHaveTextContent('West Europe');

    await user.click(screen.getByRole('radio', { name: 'Name (A to Z)' }));
    expect(names()).toEqual([
      expect.stringContaining(currentImage.name),
      expect.stringContaining(newImage.name),
      expect.stringContaining(deprecatedImage.name),
    ]);

    await user.type(screen.getByRole('textbox', { name: 'Search images' }), '2025-11');
    expect(names()).toEqual([expect.stringContaining(newImage.name)]);

    await user.clear(screen.getByRole('textbox', { name: 'Search images' }));
    await user.click(within(table).getByText(newImage.name));
    expect(await screen.findByRole('radio', { name: newImage.name })).toBeChecked();
  });

  it('says the chosen catalog’s session support in words, with the code on hover', async () => {
    render(undefined, { route: '/rollouts/new?catalog=cat-active' });
    expect(await screen.findByTitle('Code: MultiSession')).toHaveTextContent('Multi-session');
  });

  it('offers only Ready images of the catalog’s session support, flagged, next to the current one', async () => {
    const { user } = render(undefined, { route: '/rollouts/new?catalog=cat-active' });
    await toImageStep(user);
    expect(await screen.findByRole('radio', { name: newImage.name })).toBeEnabled();
    expect(screen.getByRole('radio', { name: 'Finance Server 2025-09 #1' })).toBeDisabled();
    expect(screen.queryByRole('radio', { name: 'Developers Desktop #3' })).not.toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: 'Still Building #9' })).not.toBeInTheDocument();
    const deprecatedRow = screen.getByRole('radio', { name: /VDA 2203/ }).closest('tr')!;
    expect(within(deprecatedRow).getByText('Deprecated')).toBeInTheDocument();
    expect(within(deprecatedRow).getByText('Citrix prepared')).toBeInTheDocument();

    expect(next()).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: newImage.name }));
    expect(await screen.findByText('VDA version: 2411')).toBeInTheDocument();
    expect(screen.getByText('VDA version: 2407')).toBeInTheDocument();
    expect(next()).toBeEnabled();
  });

  it('explains an invalid delay on the field and previews the warning with %m% filled in', async () => {
    const { user } = render(undefined, {
      route: `/rollouts/new?catalog=cat-active&image=${newImage.id}`,
    });
    await toImageStep(user);
    await user.click(next());
    const minutes = await screen.findByRole('textbox', {
      name: 'Minutes to spread the restarts over',
    });
    await user.clear(minutes);
    await user.type(minutes, '1.5');
    expect(screen.getByText('Enter a whole number of minutes, such as 60.')).toBeInTheDocument();
    expect(next()).toBeDisabled();

    await user.clear(minutes);
    await user.type(minutes, '15');
    const message = screen.getByRole('textbox', { name: 'Warning message' });
    await user.clear(message);
    await user.type(message, 'Restarting in %m% min');
    expect(
      screen.getByRole('figure', { name: 'Preview of the warning users see' }),
    ).toHaveTextContent('Restarting in 15 min');
    expect(next()).toBeEnabled();
  });

  it('explains an over-long warning title and a hidden direction character, with the count, and will not go on', async () => {
    let posts = 0;
    server.use(http.post(updateImagePath, () => void (posts += 1)));
    const { user } = render(undefined, {
      route: `/rollouts/new?catalog=cat-active&image=${newImage.id}`,
    });
    await toImageStep(user);
    await user.click(next());
    const title = await screen.findByRole('textbox', { name: 'Warning title' });
    await user.clear(title);
    await user.paste('x'.repeat(256));
    expect(title).toBeInvalid();
    expect(title).toHaveAccessibleDescription(
      expect.stringContaining(
        'The warning title is 256 characters long; the limit is 255. Remove 1.',
      ),
    );
    expect(title).toHaveAccessibleDescription(expect.stringContaining('256 / 255'));
    expect(next()).toBeDisabled();

    await user.clear(title);
    await user.type(title, 'Patch night');
    expect(title).toBeValid();
    expect(title).toHaveAccessibleDescription(expect.stringContaining('11 / 255'));
    expect(next()).toBeEnabled();

    const message = screen.getByRole('textbox', { name: 'Warning message' });
    await user.clear(message);
    await user.type(message, 'Restart in %m% min\u202Eevil');
    expect(message).toBeInvalid();
    expect(message).toHaveAccessibleDescription(
      expect.stringContaining(
        'The warning message contains an invisible right-to-left override character (U+202E)',
      ),
    );
    expect(message).toHaveAccessibleDescription(expect.stringContaining('23 / 4000'));
    expect(next()).toBeDisabled();
    expect(posts).toBe(0);
  });

  it('shows the exact request and the session impact; a double click submits once and opens the server’s record', async () => {
    let posts = 0;
    let body: unknown;
    const created = rolloutOperation({
      id: '5f0c1c6e-0000-4000-8000-0000000000aa',
      progress: {
        state: 'Processing',
        subState: 'ProcessingVerifyingMasterImage',
        statusMessage: null,
        percent: 5,
        raw: null,
        readAt: '2026-11-24T09:00:05.000Z',
      },
    });
    server.use(
      http.post(updateImagePath, async ({ request }) => {
        posts += 1;
        body = await request.json();
        expect(new URL(request.url).searchParams.get('async')).toBe('true');
        return HttpResponse.json('cat-active', {
          status: 202,
          headers: { Location: statusLocation, 'X-Console-Operation': created.id },
        });
      }),
      ...operationHandlers(() => (posts > 0 ? [created] : [])),
    );
    const { user, router } = render(undefined, {
      route: `/rollouts/new?catalog=cat-active&image=${newImage.id}`,
    });
    await toReview(user);
    expect(screen.getByLabelText('Request to be sent')).toHaveTextContent(
      `"templateId": "${newImage.id}"`,
    );
    expect(await screen.findByText(/37 sessions run on this catalog’s machines/)).toHaveTextContent(
      'warned, then logged off within 60 minutes',
    );

    await user.dblClick(screen.getByRole('button', { name: 'Start rollout' }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/rollouts/5f0c1c6e-0000-4000-8000-0000000000aa'),
    );
    expect(posts).toBe(1);
    expect(body).toMatchObject({ templateId: newImage.id, vdaUpdateDelay: 60 });
    expect(await screen.findByText('Verifying the new master image')).toBeInTheDocument();
  });

  it('says the rollout started but cannot be opened when the server names no operation', async () => {
    server.use(
      http.post(updateImagePath, () =>
        HttpResponse.json('cat-active', { status: 202, headers: { Location: statusLocation } }),
      ),
    );
    const { user, router } = render(undefined, {
      route: `/rollouts/new?catalog=cat-active&image=${newImage.id}`,
    });
    await toReview(user);
    await user.click(screen.getByRole('button', { name: 'Start rollout' }));
    expect(
      await screen.findByText('The rollout started, but its progress page could not be opened'),
    ).toBeInTheDocument();
    expect(screen.getByText(statusLocation)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start rollout' })).toBeDisabled();
    expect(router.state.location.pathname).toBe('/rollouts/new');
  });

  it.each([
    [
      403,
      'forbidden',
      'Your role, helpdesk, cannot start image rollouts.',
      /Your role, helpdesk, cannot start image rollouts/,
    ],
    [
      503,
      'audit_unavailable',
      'The audit store did not answer.',
      /could not record it in the audit/,
    ],
  ])(
    'explains a %i %s refusal in words and keeps every value for another try',
    async (status, code, message, words) => {
      server.use(
        http.post(updateImagePath, () =>
          HttpResponse.json({ error: { code, message } }, { status }),
        ),
      );
      const { user } = render(undefined, {
        route: `/rollouts/new?catalog=cat-active&image=${newImage.id}`,
      });
      await toImageStep(user); // the address chose the image
      await user.click(next());
      const title = await screen.findByRole('textbox', { name: 'Warning title' });
      await user.clear(title);
      await user.paste('Patch night');
      await user.click(next());
      await user.click(await screen.findByRole('button', { name: 'Start rollout' }));

      expect(
        await screen.findByRole('alert', { name: 'The rollout request failed' }),
      ).toHaveTextContent(words);
      // Refused before anything reached Citrix: no "it may have been accepted" caution.
      expect(screen.queryByText(/does not send it again by itself/)).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Start rollout' })).toBeEnabled();
      expect(screen.getByLabelText('Request to be sent')).toHaveTextContent(
        '"warningTitle": "Patch night"',
      );
      await user.click(screen.getByRole('button', { name: 'Back' }));
      expect(screen.getByRole('textbox', { name: 'Warning title' })).toHaveValue('Patch night');
    },
  );

  it('never resends a failed submit by itself, and re-reads the catalog before allowing a retry', async () => {
    let posts = 0;
    server.use(
      http.post(updateImagePath, () => {
        posts += 1;
        return HttpResponse.json({ message: 'Service unavailable' }, { status: 503 });
      }),
    );
    const { user } = render(undefined, {
      route: `/rollouts/new?catalog=cat-active&image=${newImage.id}`,
    });
    await toReview(user);
    await user.click(screen.getByRole('button', { name: 'Start rollout' }));
    expect(await screen.findByText('The rollout request failed')).toBeInTheDocument();
    expect(screen.getByText(/does not send it again by itself/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start rollout' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Check the catalog’s state' }));
    expect(await screen.findByText('The catalog did not change')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start rollout' })).toBeEnabled();
    expect(posts).toBe(1);
  });

  it('says the impact is unknown when sessions cannot be counted, without blocking', async () => {
    server.use(
      http.post('/api/cvad/manage/Sessions/$search', () => HttpResponse.json({}, { status: 500 })),
    );
    const { user } = render(undefined, {
      route: `/rollouts/new?catalog=cat-active&image=${newImage.id}`,
    });
    await toReview(user);
    expect(await screen.findByText('Impact on users unknown')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start rollout' })).toBeEnabled();
  });

  it('says so when the address names a catalog the site does not have', async () => {
    render(undefined, { route: '/rollouts/new?catalog=cat-gone' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No catalog with ID ‘cat-gone’ exists in this site.',
    );
    expect(next()).toBeDisabled();
  });

  it('says so when the address names an image the site does not have', async () => {
    const { user } = render(undefined, {
      route: '/rollouts/new?catalog=cat-active&image=img-gone',
    });
    await toImageStep(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No image with ID ‘img-gone’ exists in this site.',
    );
  });
});
