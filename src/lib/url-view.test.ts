import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineUrlView } from './url-view.ts';

const sizes = [25, 50, 100] as const;

const listView = defineUrlView({
  q: { kind: 'text', default: '' },
  owner: { kind: 'text', default: '', trim: true },
  state: {
    kind: 'oneOf',
    values: ['ready', 'failed'],
    default: '',
    label: 'state filter',
    instead: 'any state',
  },
  status: {
    kind: 'oneOf',
    values: ['ACTIVE', 'ERROR'],
    default: null,
    ignoreCase: true,
    label: 'status filter',
    instead: 'any status',
  },
  direction: {
    kind: 'oneOf',
    param: 'dir',
    values: ['asc', 'desc'],
    default: 'asc',
    label: 'sort direction',
    instead: 'sorting ascending',
  },
  region: {
    kind: 'text',
    default: null,
    upperCase: true,
    pattern: /^[A-Z]{3}$/,
    label: 'region',
    instead: 'the default region',
  },
  page: {
    kind: 'number',
    min: 1,
    max: 999,
    default: 1,
    label: 'page number',
    instead: 'showing the first page',
  },
  since: {
    kind: 'date',
    time: false,
    default: null,
    label: 'date (expected YYYY-MM-DD)',
    instead: 'not filtering by date',
  },
  from: {
    kind: 'date',
    time: true,
    default: '',
    label: 'start time',
    instead: 'from the start',
  },
  size: {
    kind: 'oneOf',
    values: sizes,
    default: 50,
    label: 'page size',
    instead: 'showing 50 per page',
  },
  columns: { kind: 'list', values: ['a', 'b', 'c'], default: ['a', 'b'], label: 'columns' },
  tags: { kind: 'repeated', param: 'tag' },
});

const at = (query: string) => new URLSearchParams(query);

describe('defineUrlView', () => {
  it('types each field from its declaration', () => {
    const view = listView.read(at(''));
    expectTypeOf(view.state).toEqualTypeOf<'ready' | 'failed' | ''>();
    expectTypeOf(view.status).toEqualTypeOf<'ACTIVE' | 'ERROR' | null>();
    expectTypeOf(view.size).toEqualTypeOf<25 | 50 | 100>();
    expectTypeOf(view.region).toEqualTypeOf<string | null>();
    expectTypeOf(view.page).toEqualTypeOf<number>();
    expectTypeOf(view.columns).toEqualTypeOf<('a' | 'b' | 'c')[]>();
    expectTypeOf(view.tags).toEqualTypeOf<string[]>();
  });

  it('reads an empty address as the defaults', () => {
    expect(listView.read(at(''))).toEqual({
      q: '',
      owner: '',
      state: '',
      status: null,
      direction: 'asc',
      region: null,
      page: 1,
      since: null,
      from: '',
      size: 50,
      columns: ['a', 'b'],
      tags: [],
    });
    expect(listView.defaults).toEqual(listView.read(at('')));
  });

  it('reads good values under their parameter names', () => {
    const view = listView.read(
      at(
        'q=%20x%20&owner=%20jdoe%20&state=failed&status=error&dir=desc&region=dfw&page=12' +
          '&since=2024-05-01&from=2024-05-01T10:00:00Z&size=100&columns=c,a&tag=one&tag=&tag=two',
      ),
    );
    expect(view).toEqual({
      q: ' x ',
      owner: 'jdoe',
      state: 'failed',
      status: 'ERROR',
      direction: 'desc',
      region: 'DFW',
      page: 12,
      since: '2024-05-01',
      from: '2024-05-01T10:00:00Z',
      size: 100,
      columns: ['c', 'a'],
      tags: ['one', 'two'],
    });
  });

  it('falls back to the default for each value it cannot use', () => {
    const view = listView.read(
      at(
        'owner=%20%20&state=Asleep&dir=sideways&region=dallas&page=0&since=2024-13-45' +
          '&from=2024-05-01&size=abc&columns=bogus',
      ),
    );
    expect(view).toEqual(listView.defaults);
    expect(listView.read(at('page=01')).page).toBe(1);
    expect(listView.read(at('page=1000')).page).toBe(1);
    expect(listView.read(at('page=2.5')).page).toBe(1);
    expect(listView.read(at('columns=b,bogus')).columns).toEqual(['b']);
  });

  it('writes only what differs from the defaults, in declaration order', () => {
    expect(listView.write(listView.defaults).toString()).toBe('');
    const written = listView.write({
      ...listView.defaults,
      q: 'disk',
      status: 'ACTIVE',
      direction: 'desc',
      size: 25,
      columns: ['a', 'c'],
      tags: ['one', 'two'],
    });
    expect(written.toString()).toBe(
      'q=disk&status=ACTIVE&dir=desc&size=25&columns=a%2Cc&tag=one&tag=two',
    );
    expect(listView.write({ ...listView.defaults, columns: [] }).toString()).toBe('');
  });

  it('reads back what it writes', () => {
    const view = {
      ...listView.defaults,
      state: 'ready' as const,
      region: 'ORD',
      page: 3,
      since: '2024-01-31',
      tags: ['x'],
    };
    expect(listView.read(listView.write(view))).toEqual(view);
  });

  it('explains each value it ignored, in declaration order, and nothing else', () => {
    expect(
      listView.problems(
        at(
          'size=abc&state=Asleep&status=paused&dir=sideways&region=dallas&page=0&since=tomorrow' +
            '&columns=a,bogus,worse&q=anything&owner=%20&tag=x',
        ),
      ),
    ).toEqual([
      'The address had an invalid state filter ‘Asleep’; any state.',
      'The address had an invalid status filter ‘paused’; any status.',
      'The address had an invalid sort direction ‘sideways’; sorting ascending.',
      'The address had an invalid region ‘dallas’; the default region.',
      'The address had an invalid page number ‘0’; showing the first page.',
      'The address had an invalid date (expected YYYY-MM-DD) ‘tomorrow’; not filtering by date.',
      'The address had an invalid page size ‘abc’; showing 50 per page.',
      'The address named unknown columns ‘bogus’, ‘worse’; they are left out.',
    ]);
  });

  it('says nothing for good, empty or absent values', () => {
    expect(listView.problems(at(''))).toEqual([]);
    expect(listView.problems(at('state=&size=&dir=&page=&region=&columns='))).toEqual([]);
    expect(
      listView.problems(at('status=active&region=dfw&size=25&dir=desc&columns=b&page=999')),
    ).toEqual([]);
  });
});
