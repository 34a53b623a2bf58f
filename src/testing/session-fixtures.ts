import { http, HttpResponse } from 'msw';
import type { z } from 'zod';
import type { catalogListSchema, catalogSchema } from '../api/citrix/catalogs.ts';
import type { sessionPageSchema, sessionSchema } from '../api/citrix/sessions.ts';

/** What `sessionSchema` parses, so a fixture field the contract lacks fails typecheck. */
type SessionInput = z.input<typeof sessionSchema>;

/** A SessionResponseModel as cvad/manage sends it (the parts the console reads). */
export function sessionFixture(n: number, overrides: Partial<SessionInput> = {}) {
  const account = `user${n}`;
  return {
    Id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    State: n % 4 === 0 ? 'Disconnected' : 'Active',
    SessionType: 'Desktop',
    AppState: 'Desktop',
    FormattedStartTime: '2026-11-20T09:30:00Z',
    FormattedStateChangeTime: '2026-11-20T10:00:00Z',
    LogoffInProgress: false,
    User: {
      DisplayName: `User Number ${n}`,
      Name: `CONTOSO\\${account}`,
      PrincipalName: `${account}@corp.contoso.com`,
      Sid: `S-1-5-21-1-2-3-${1100 + n}`,
    },
    Client: { Name: `WIN-${n}`, IPAddress: `10.1.0.${n}`, Platform: 'Windows', Version: '24.9' },
    Connection: { Protocol: 'Hdx', ConnectionMode: 'Brokered', SmartAccessTags: [] },
    Machine: {
      Name: `CONTOSO\\FS-VD-${String(n).padStart(4, '0')}`,
      MachineCatalog: { Name: 'Finance Dedicated' },
      DeliveryGroup: { Name: 'Finance Dedicated' },
      SessionSupport: 'SingleSession',
    },
    ...overrides,
  } satisfies SessionInput;
}

export type SessionFixture = ReturnType<typeof sessionFixture>;

/** What the page sent to `$search`: its query string and JSON body. */
export interface RecordedSearch {
  limit: string | null;
  continuationToken: string | null;
  body: Record<string, unknown>;
}

// `$` is literal in these paths, so match them with regular expressions.
export const searchUrl = /\/api\/cvad\/manage\/Sessions\/\$search(\?.*)?$/;

/**
 * `$search` answered from `pages` by continuation token: page i carries token `page-{i+1}` to the
 * next. Every request is recorded.
 */
export function sessionSearchHandler(
  pages: SessionFixture[][],
  recorded: RecordedSearch[],
  total?: number,
) {
  return http.post(searchUrl, async ({ request }) => {
    const url = new URL(request.url);
    const continuationToken = url.searchParams.get('continuationToken');
    recorded.push({
      limit: url.searchParams.get('limit'),
      continuationToken,
      body: (await request.json()) as Record<string, unknown>,
    });
    const index = continuationToken ? Number(continuationToken.replace('page-', '')) : 0;
    const items = pages[index] ?? [];
    return HttpResponse.json({
      Items: items,
      ContinuationToken: index + 1 < pages.length ? `page-${index + 1}` : null,
      TotalItems: total ?? pages.reduce((sum, page) => sum + page.length, 0),
    } satisfies z.input<typeof sessionPageSchema>);
  });
}

/** `$search` refusing every continuation token as expired, as cvad/manage does; page 1 passes on. */
export const expiredTokenHandler = http.post(searchUrl, ({ request }) =>
  new URL(request.url).searchParams.get('continuationToken')
    ? HttpResponse.json(
        {
          detail: 'The continuation token has expired; start again from the first page.',
          SdkErrorId: 'InvalidContinuationToken',
        },
        { status: 400 },
      )
    : undefined,
);

/** Two catalogs from the catalog service, for the delivery group and catalog filters. */
export const catalogListHandler = http.get(
  '*/api/catalogservice/:customerId/:siteId/catalogs',
  () =>
    HttpResponse.json({
      items: ['Finance Dedicated', 'Sales Shared'].map(
        (name, i): z.input<typeof catalogSchema> => ({
          id: `cat-${i}`,
          name,
          state: 'Active',
          region: 'eastus',
          subscriptionName: 'Production',
          resourceGroup: 'rg-daas',
          vNetName: 'vnet-daas',
          deliveryGroupId: `dg-${i}`,
        }),
      ),
    } satisfies z.input<typeof catalogListSchema>),
);

/** Three people whose accounts start alike, as a directory names repeated first/last names. */
export const lookalikeSessions = ['', '2', '3'].map((repeat, i) =>
  sessionFixture(21 + i, {
    User: {
      DisplayName: repeat ? `Aisha Chen (${repeat})` : 'Aisha Chen',
      Name: `CONTOSO\\aisha.chen${repeat}`,
      PrincipalName: `aisha.chen${repeat}@corp.contoso.com`,
      Sid: `S-1-5-21-1-2-3-${1121 + i}`,
    },
  }),
);

const textOperators: Record<string, (value: string, wanted: string) => boolean> = {
  Equals: (value, wanted) => value === wanted,
  StartsWith: (value, wanted) => value.startsWith(wanted),
  EndsWith: (value, wanted) => value.endsWith(wanted),
  Contains: (value, wanted) => value.includes(wanted),
};

/** The user and machine properties a fixture answers for, as cvad/manage reads them. */
const fixtureProperties: Record<string, (s: SessionFixture) => unknown> = {
  UserName: (s) => s.User?.Name,
  UserPrincipalName: (s) => s.User?.PrincipalName,
  UserDisplayName: (s) => s.User?.DisplayName,
  MachineName: (s) => s.Machine?.Name,
  ClientName: (s) => s.Client?.Name,
  ClientIP: (s) => s.Client?.IPAddress,
};

interface FixtureFilter {
  Property: string;
  Operator: string;
  Value: string;
}

function matches(session: SessionFixture, { Property, Operator, Value }: FixtureFilter) {
  const read = fixtureProperties[Property];
  const compare = textOperators[Operator];
  // Filters this fixture cannot judge (state, catalog, type) leave the session in.
  if (!read || !compare) return true;
  return compare(String(read(session) ?? '').toLowerCase(), Value.toLowerCase());
}

/**
 * `$search` that filters `sessions` by the request's user and machine filters, case-blind as
 * cvad/manage is: top-level filters and groups ANDed, filters in an Or group ORed. One page.
 */
export function filteringSearchHandler(sessions: SessionFixture[], recorded: RecordedSearch[]) {
  return http.post(searchUrl, async ({ request }) => {
    const url = new URL(request.url);
    const body = (await request.json()) as {
      SearchFilters?: FixtureFilter[];
      SearchFilterGroups?: { SearchFilters: FixtureFilter[] }[];
    };
    recorded.push({
      limit: url.searchParams.get('limit'),
      continuationToken: url.searchParams.get('continuationToken'),
      body: body as Record<string, unknown>,
    });
    const items = sessions.filter(
      (s) =>
        (body.SearchFilters ?? []).every((f) => matches(s, f)) &&
        (body.SearchFilterGroups ?? []).every((g) => g.SearchFilters.some((f) => matches(s, f))),
    );
    return HttpResponse.json({
      Items: items,
      ContinuationToken: null,
      TotalItems: items.length,
    } satisfies z.input<typeof sessionPageSchema>);
  });
}
