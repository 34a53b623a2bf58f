/**
 * What the sessions page shows, read from and written to the URL, so a link pasted into a ticket
 * (`/sessions?user=jdoe&state=Disconnected`) opens exactly that view. Continuation tokens are not
 * here: they stay in memory.
 */
import { defineUrlView, type UrlView, sortDirectionParam } from '../../lib/url-view.ts';

export const sessionStates = ['Active', 'Connected', 'Disconnected', 'Unknown'] as const;
export const sessionTypes = ['Desktop', 'Application'] as const;
export const pageSizes = [50, 100, 250, 1000] as const;

export const sessionColumns = [
  'user',
  'state',
  'machine',
  'deliveryGroup',
  'catalog',
  'client',
  'protocol',
  'type',
  'started',
  'stateChanged',
] as const;
export type SessionColumn = (typeof sessionColumns)[number];
export const defaultColumns: readonly SessionColumn[] = [
  'user',
  'state',
  'machine',
  'deliveryGroup',
  'client',
  'started',
];

/** Sortable columns and the `$search` property that sorts them. */
export const sortProperties = {
  user: 'UserName',
  state: 'SessionState',
  machine: 'MachineName',
  deliveryGroup: 'DeliveryGroup',
  catalog: 'MachineCatalog',
  client: 'ClientName',
  protocol: 'ConnectionProtocol',
  started: 'StartTime',
} as const satisfies Partial<Record<SessionColumn, string>>;
export type SortKey = keyof typeof sortProperties;

/** The one declaration of the page's URL parameters. */
export const sessionUrlView = defineUrlView({
  /** The search box: any user, machine, client name or address containing the text. */
  q: { kind: 'text', default: '' },
  /** One user, exactly (DOMAIN\name, UPN or SAM name), e.g. from a ticket link. */
  user: { kind: 'text', default: '' },
  state: {
    kind: 'oneOf',
    values: sessionStates,
    default: '',
    label: 'session state',
    instead: 'showing every state',
  },
  deliveryGroup: { kind: 'text', param: 'group', default: '' },
  catalog: { kind: 'text', default: '' },
  type: {
    kind: 'oneOf',
    values: sessionTypes,
    default: '',
    label: 'session type',
    instead: 'showing desktops and applications',
  },
  sort: {
    kind: 'oneOf',
    values: Object.keys(sortProperties) as SortKey[],
    default: 'user',
    label: 'sort column',
    instead: 'sorting by user',
  },
  direction: sortDirectionParam,
  pageSize: {
    kind: 'oneOf',
    param: 'size',
    values: pageSizes,
    default: 100,
    label: 'page size',
    instead: `showing 100 per page (choose ${pageSizes.join(', ')})`,
  },
  columns: { kind: 'list', values: sessionColumns, default: defaultColumns, label: 'columns' },
});

export type SessionView = UrlView<typeof sessionUrlView.declaration>;
