import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { server } from '../../../testing/msw-server.ts';
import { render } from '../../../testing/render.tsx';
import {
  catalogListHandler,
  expiredTokenHandler,
  sessionFixture,
  sessionSearchHandler,
  type RecordedSearch,
} from '../../../testing/session-fixtures.ts';

const threePages = [
  [sessionFixture(1), sessionFixture(2)],
  [sessionFixture(3), sessionFixture(4)],
  [sessionFixture(5)],
];

function setup(route: string, pages = threePages) {
  const recorded: RecordedSearch[] = [];
  server.use(catalogListHandler, sessionSearchHandler(pages, recorded));
  return { recorded, ...render(undefined, { route }) };
}

const table = () => screen.findByRole('table', { name: 'Sessions' });

describe('sessions page: paging with a stack of continuation tokens', () => {
  it('goes next, next, previous and first, sending the token of each page', async () => {
    const { user, recorded } = setup('/sessions');
    expect(await within(await table()).findByRole('link', { name: 'User Number 1' })).toBeVisible();
    expect(screen.getByText(/Page 1 of 1 · 5 sessions/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('link', { name: 'User Number 3' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('link', { name: 'User Number 5' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    expect(screen.getByText(/^Page 3/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(await screen.findByRole('link', { name: 'User Number 3' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'First' }));
    expect(await screen.findByRole('link', { name: 'User Number 1' })).toBeVisible();
    const tokens = recorded.map((r) => r.continuationToken);
    expect(tokens.slice(0, 3)).toEqual([null, 'page-1', 'page-2']);
    // Previous and First show their cached pages, and may re-read them with their own tokens.
    expect(tokens.slice(3).every((token) => token === null || token === 'page-1')).toBe(true);
    expect(recorded.every((r) => r.limit === '100')).toBe(true);
  });

  it('says so when the API refuses a token, and goes back to page 1 when asked', async () => {
    const recorded: RecordedSearch[] = [];
    server.use(catalogListHandler, expiredTokenHandler, sessionSearchHandler(threePages, recorded));
    const { user } = render(undefined, { route: '/sessions' });
    await screen.findByRole('link', { name: 'User Number 1' });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText(/token has expired/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Start again from page 1' }));
    expect(await screen.findByText(/^Page 1/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'User Number 1' })).toBeVisible();
  });
});

describe('sessions page: the URL is the view, and the search goes to $search', () => {
  it('opens /sessions?user=jdoe&state=Disconnected as a user and state filter', async () => {
    const { recorded } = setup('/sessions?user=jdoe&state=Disconnected');
    await table();
    // A bare account name is exact through its DOMAIN\ prefix, so jdoe2 does not match.
    expect(recorded[0]!.body).toMatchObject({
      SearchFilters: [
        { Property: 'UserName', Operator: 'EndsWith', Value: '\\jdoe' },
        { Property: 'SessionState', Operator: 'Equals', Value: 'Disconnected' },
      ],
      SearchFilterGroups: [],
    });
    expect(screen.getByRole('textbox', { name: 'User' })).toHaveValue('jdoe');
  });

  it('sends typed text, quotes, backslashes and Unicode included, as $search filters and puts it in the URL', async () => {
    const { user, recorded, router } = setup('/sessions');
    await table();
    const text = 'CONTOSO\\zoë "o\'brien" 🚀';
    await user.type(screen.getByRole('textbox', { name: 'Search sessions' }), text);
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('q')).toBe(text),
    );
    await waitFor(() => {
      const groups = recorded.at(-1)!.body.SearchFilterGroups as {
        SearchFilters: { Property: string; Value: string }[];
      }[];
      expect(groups[0]!.SearchFilters.map((f) => f.Property)).toEqual([
        'UserName',
        'UserPrincipalName',
        'UserDisplayName',
        'MachineName',
        'ClientName',
        'ClientIP',
      ]);
      expect(groups[0]!.SearchFilters.every((f) => f.Value === text)).toBe(true);
    });
  });

  it('writes filters, sort, page size and columns to the URL and asks the server for them', async () => {
    const { user, recorded, router } = setup('/sessions');
    await table();
    await user.click(screen.getByRole('combobox', { name: 'Catalog' }));
    await user.click(await screen.findByRole('option', { name: 'Sales Shared' }));
    await user.click(screen.getByRole('combobox', { name: 'Order' }));
    await user.click(await screen.findByRole('option', { name: 'Descending' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Rows per page' }),
      '250 per page',
    );
    const params = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(params)).toEqual({
      catalog: 'Sales Shared',
      dir: 'desc',
      size: '250',
    });
    await waitFor(() =>
      expect(recorded.at(-1)).toMatchObject({
        limit: '250',
        body: {
          SearchFilters: [
            { Property: 'MachineCatalog', Operator: 'Equals', Value: 'Sales Shared' },
          ],
          SortCriteria: { Property: 'UserName', SortDirection: 'Descending' },
        },
      }),
    );
  });

  it('shows the columns the URL names', async () => {
    setup('/sessions?columns=user,protocol');
    const headers = within(await table())
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers.slice(1)).toEqual(['User', 'Protocol']);
  });

  it('sorts on the server from a header it can order by; other headers do not sort', async () => {
    const { user, recorded, router } = setup('/sessions?columns=user,type,started');
    const started = within(await table()).getByRole('columnheader', { name: 'Started' });
    expect(within(await table()).getByRole('columnheader', { name: 'User' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const type = screen.getByRole('columnheader', { name: 'Type' });
    expect(within(type).queryByRole('button')).not.toBeInTheDocument();

    await user.click(within(started).getByRole('button', { name: 'Started' }));
    expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('started');
    await waitFor(() =>
      expect(recorded.at(-1)?.body.SortCriteria).toEqual({
        Property: 'StartTime',
        SortDirection: 'Ascending',
      }),
    );
    await user.click(within(started).getByRole('button', { name: 'Started' }));
    expect(new URLSearchParams(router.state.location.search).get('dir')).toBe('desc');
    expect(started).toHaveAttribute('aria-sort', 'descending');
  });
});

describe('sessions table: codes in words', () => {
  it('shows session support, protocol and state in words, each with its code on hover', async () => {
    setup('/sessions?columns=user,state,machine,protocol', [[sessionFixture(1)]]);
    const rows = within(await table()).getAllByRole('row');
    const row = rows[1]!;
    expect(await within(row).findByTitle('Code: SingleSession')).toHaveTextContent(
      'Single-session',
    );
    expect(within(row).getByTitle('Code: Hdx')).toHaveTextContent('HDX');
    expect(within(row).getByTitle('Code: Active')).toHaveTextContent('Active');
    expect(row).not.toHaveTextContent(/SingleSession|\bHdx\b/);
  });
});

describe('sessions page: the cost of a row', () => {
  it('draws its rows with no variables set element by element, only the widths that cut names', async () => {
    setup('/sessions?columns=user,state,machine,deliveryGroup,catalog,client,protocol,started');
    const rows = within(await table())
      .getAllByRole('row')
      .slice(1);
    await within(rows[0]!).findByRole('link', { name: 'User Number 1' });
    const styled = rows.flatMap((row) => [...row.querySelectorAll<HTMLElement>('[style]')]);
    // Setting some 4,000 of them one by one was most of React's work for a page of 100 rows.
    const setsVariable = /(^|;)\s*--/;
    expect(styled.filter((element) => setsVariable.test(element.getAttribute('style')!))).toEqual(
      [],
    );
    expect(new Set(styled.map((element) => element.getAttribute('style')))).toEqual(
      new Set([
        'max-width: calc(20rem * var(--mantine-scale));',
        'max-width: calc(15rem * var(--mantine-scale));',
      ]),
    );
    // The state's colour is the badge's data-color, which the stylesheet turns into its shades.
    expect(within(rows[0]!).getByTitle('Code: Active')).toHaveAttribute('data-color', 'teal');
  });
});
