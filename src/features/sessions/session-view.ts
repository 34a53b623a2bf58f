/**
 * What the sessions page shows, read from and written to the URL, so a link pasted into a ticket
 * (`/sessions?user=jdoe&state=Disconnected`) opens exactly that view. Continuation tokens are not
 * here: they stay in memory.
 */
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
export const defaultColumns: SessionColumn[] = [
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

export interface SessionView {
  /** The one search box: user, machine, client name or address. */
  q: string;
  /** A user only (DOMAIN\user, UPN or display name), e.g. from a ticket link. */
  user: string;
  state: (typeof sessionStates)[number] | '';
  deliveryGroup: string;
  catalog: string;
  type: (typeof sessionTypes)[number] | '';
  sort: SortKey;
  direction: 'asc' | 'desc';
  pageSize: (typeof pageSizes)[number];
  columns: SessionColumn[];
}

export const defaults: SessionView = {
  q: '',
  user: '',
  state: '',
  deliveryGroup: '',
  catalog: '',
  type: '',
  sort: 'user',
  direction: 'asc',
  pageSize: 100,
  columns: defaultColumns,
};

const oneOf = <T extends string | number>(
  values: readonly T[],
  raw: string | null,
  fallback: T,
): T => values.find((value) => String(value) === raw) ?? fallback;

export function readSessionView(params: URLSearchParams): SessionView {
  const columns = (params.get('columns') ?? '')
    .split(',')
    .filter((c): c is SessionColumn => (sessionColumns as readonly string[]).includes(c));
  return {
    q: params.get('q') ?? '',
    user: params.get('user') ?? '',
    state: oneOf(['', ...sessionStates], params.get('state'), ''),
    deliveryGroup: params.get('group') ?? '',
    catalog: params.get('catalog') ?? '',
    type: oneOf(['', ...sessionTypes], params.get('type'), ''),
    sort: oneOf(Object.keys(sortProperties) as SortKey[], params.get('sort'), defaults.sort),
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
    pageSize: oneOf(pageSizes, params.get('size'), defaults.pageSize),
    columns: columns.length > 0 ? columns : defaults.columns,
  };
}

/** Only what differs from the defaults goes into the URL, so links stay short. */
export function toSearchParams(view: SessionView): URLSearchParams {
  const entries: [string, string][] = [
    ['q', view.q],
    ['user', view.user],
    ['state', view.state],
    ['group', view.deliveryGroup],
    ['catalog', view.catalog],
    ['type', view.type],
    ['sort', view.sort === defaults.sort ? '' : view.sort],
    ['dir', view.direction === 'asc' ? '' : view.direction],
    ['size', view.pageSize === defaults.pageSize ? '' : String(view.pageSize)],
    [
      'columns',
      view.columns.join(',') === defaults.columns.join(',') ? '' : view.columns.join(','),
    ],
  ];
  return new URLSearchParams(entries.filter(([, value]) => value !== ''));
}
