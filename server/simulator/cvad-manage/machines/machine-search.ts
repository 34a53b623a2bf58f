import type { Dataset } from '../../data/dataset.ts';
import { faultState, summaryState, type MachineLive } from '../../data/machine-model.ts';
import { dnsNameAt, hostNameAt, machineNameAt } from '../../data/session-names.ts';
import {
  createRequestCompiler,
  orderOperators,
  SearchRefusal,
  textTest,
  type RowTest,
} from '../sessions/search-filters.ts';
import type { SearchFilter, SearchRequest, SortCriterion } from '../sessions/search-request.ts';
import type { SessionIndex } from '../sessions/session-index.ts';
import type { QueryPage } from '../sessions/sessions-area.ts';
import type { MachineStore } from './machine-store.ts';

/**
 * How each `MachineAndSessionSearchProperty` a machine search supports reads a machine row:
 * as lower-cased text, as a number, or (`user`) through the users of the machine's live sessions,
 * so "the machines Aisha has a session on" is `UserName Equals CONTOSO\aisha.chen`.
 */
type MachineProperty =
  | { kind: 'text'; value: (row: number) => string }
  | { kind: 'number'; value: (row: number) => number }
  | { kind: 'user'; value: (user: number) => string };

function machineProperties(
  dataset: Dataset,
  store: MachineStore,
  sessionIndex: SessionIndex,
): Record<string, MachineProperty> {
  const { index } = store;
  const catalogOf = (row: number) => dataset.catalogs[index.catalog[row] ?? 0];
  const text = (value: (row: number) => string | boolean) =>
    ({ kind: 'text', value: (row: number) => String(value(row)).toLowerCase() }) as const;
  const live = (value: (state: MachineLive, row: number) => string | boolean) =>
    text((row) => value(store.live(row), row));
  const user = (column: string[]) =>
    ({ kind: 'user', value: (u: number) => column[u] ?? '' }) as const;
  const catalogName = text((row) => catalogOf(row)?.name ?? '');
  return {
    MachineName: text((row) => machineNameAt(dataset, index.place(row))),
    DnsName: text((row) => dnsNameAt(dataset, index.place(row))),
    HostedMachineName: text((row) => hostNameAt(dataset, index.place(row))),
    MachineCatalog: catalogName,
    DeliveryGroup: catalogName,
    SessionSupport: text((row) => catalogOf(row)?.sessionSupport ?? ''),
    AllocationType: text((row) =>
      catalogOf(row)?.allocationType === 'Permanent' ? 'Static' : 'Random',
    ),
    OSType: text((row) => catalogOf(row)?.templateImageOs ?? 'Windows'),
    ProvisioningType: text(() => 'MCS'),
    ZoneName: text(() => dataset.customer.zone.name),
    PowerState: live((state) => state.powerState),
    RegistrationState: live((state) => state.registrationState),
    InMaintenanceMode: live((state) => state.inMaintenanceMode),
    ImageOutOfDate: live((state) => state.imageOutOfDate),
    PowerActionPending: live((state) => state.powerActionPending),
    FaultState: live((state) => faultState(state)),
    SummaryState: live((state, row) =>
      summaryState(state, catalogOf(row)?.sessionSupport === 'MultiSession'),
    ),
    SessionCount: { kind: 'number', value: (row) => store.liveSessions(row).length },
    Uid: { kind: 'number', value: (row) => (index.uid[row] ?? 0) + 1 },
    UserName: user(sessionIndex.userSam),
    CurrentUser: user(sessionIndex.userSam),
    UserDisplayName: user(sessionIndex.userDisplay),
    UserPrincipalName: user(sessionIndex.userPrincipal),
  };
}

/** `$search` over machines: filters, groups, `BasicSearchString` and sort, one page at a time. */
export function createMachineSearch(
  dataset: Dataset,
  store: MachineStore,
  sessionIndex: SessionIndex,
) {
  const properties = machineProperties(dataset, store, sessionIndex);
  const users = dataset.sessions.user;

  function compileFilter(filter: SearchFilter): RowTest {
    const property = properties[filter.Property];
    if (!property) {
      throw new SearchRefusal(`Searching machines by ${filter.Property} is not supported.`);
    }
    const wanted = filter.Value ?? '';
    if (property.kind === 'number') {
      const compare = orderOperators[filter.Operator];
      const number = Number(wanted);
      if (!compare)
        throw new SearchRefusal(`Operator ${filter.Operator} does not apply to numbers.`);
      if (wanted.trim() === '' || Number.isNaN(number)) {
        throw new SearchRefusal(`"${wanted}" is not a number.`);
      }
      return (row) => compare(property.value(row), number);
    }
    const test = textTest(filter.Operator, wanted);
    if (property.kind === 'text') return (row) => test(property.value(row));
    // Evaluate once per user, then ask whether any live session on the machine is one of theirs.
    const answers = new Uint8Array(dataset.sessions.userCount);
    for (let u = 0; u < answers.length; u++) answers[u] = test(property.value(u)) ? 1 : 0;
    return (row) => store.liveSessions(row).some((i) => answers[users[i] ?? 0] === 1);
  }

  const compile = createRequestCompiler(compileFilter, [
    'MachineName',
    'DnsName',
    'DeliveryGroup',
    'UserName',
    'UserDisplayName',
  ]);

  function sortKey(criterion: SortCriterion): (row: number) => string | number {
    const property = properties[criterion.Property];
    if (!property || property.kind === 'user') {
      throw new SearchRefusal(`Sorting machines by ${criterion.Property} is not supported.`);
    }
    return property.value;
  }

  /** The matching machines in the order asked for (table order by default), one page of them. */
  function runQuery(request: SearchRequest, offset: number, limit: number): QueryPage {
    const tests = compile(request);
    const matches: number[] = [];
    for (let row = 0; row < store.count; row++) {
      if (tests.every((test) => test(row))) matches.push(row);
    }
    const criteria =
      request.SortCriteriaItems ?? (request.SortCriteria ? [request.SortCriteria] : []);
    if (criteria.length > 0) {
      const columns = criteria.map((criterion) => {
        const key = sortKey(criterion);
        const keys = new Map(matches.map((row) => [row, key(row)]));
        return { keys, sign: criterion.SortDirection === 'Descending' ? -1 : 1 };
      });
      matches.sort((a, b) => {
        for (const { keys, sign } of columns) {
          const x = keys.get(a)!;
          const y = keys.get(b)!;
          if (x !== y) return (x < y ? -1 : 1) * sign;
        }
        return a - b;
      });
    }
    const rows = matches.slice(offset, offset + limit);
    const next = offset + rows.length;
    return { rows, total: matches.length, nextOffset: next < matches.length ? next : null };
  }

  return { runQuery, propertyNames: Object.keys(properties) };
}
