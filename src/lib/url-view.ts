/**
 * What a page shows, read from and written to its URL, so reload, Back and a link pasted into a
 * ticket all open the same view. A page declares each URL parameter once (its kind and values,
 * default, label and the words for a value it cannot use); `defineUrlView` turns that declaration
 * into `read`, `write` and `problems`, so the three cannot disagree.
 *
 * A value that cannot be used falls back to the default (a link with a typo still opens something),
 * and `problems` says in words what was ignored and what the page shows instead.
 */

interface Common {
  /** The URL parameter's name when it differs from the view field's name. */
  param?: string;
}

/** Words for a value that cannot be used: what it is, and what the page shows instead. */
interface BadValueWords {
  /** What the parameter means to a user, e.g. "page size". */
  label: string;
  /** What the page shows instead, e.g. "showing 100 per page". */
  instead: string;
}

/** One of `values` (compared as text; `ignoreCase` reads `active` as `ACTIVE`). */
export interface OneOfParam<T extends string | number, D extends T | '' | null>
  extends Common, BadValueWords {
  kind: 'oneOf';
  values: readonly T[];
  default: D;
  ignoreCase?: boolean;
}

/** Free text; empty (after `trim`) means the default. */
export type TextParam<D extends string | null> = Common & {
  kind: 'text';
  default: D;
  trim?: boolean;
  upperCase?: boolean;
} & ({ pattern?: undefined } | ({ pattern: RegExp } & BadValueWords));

/** A whole number in `min`..`max`, written in plain digits. */
export interface NumberParam extends Common, BadValueWords {
  kind: 'number';
  min: number;
  max: number;
  default: number;
}

/** `YYYY-MM-DD`, or with `time` a date and time with its zone (`Z` or an offset), as ISO 8601. */
export interface DateParam<D extends string | null> extends Common, BadValueWords {
  kind: 'date';
  time: boolean;
  default: D;
}

/**
 * Comma-separated choices among `values`; unknown ones are left out, none means the default.
 * `values: null` takes any item (choices that come from the data, such as regions).
 */
export interface ListParam<T extends string> extends Common {
  kind: 'list';
  values: readonly T[] | null;
  default: readonly T[];
  /** What the items are, e.g. "columns". */
  label: string;
}

/** The parameter repeated once per value (`?subscription=a&subscription=b`); empty ones dropped. */
export interface RepeatedParam extends Common {
  kind: 'repeated';
}

export type UrlParam =
  | OneOfParam<string | number, string | number | null>
  | TextParam<string | null>
  | NumberParam
  | DateParam<string | null>
  | ListParam<string>
  | RepeatedParam;

/** The value a declared parameter reads as. */
export type UrlParamValue<P> =
  P extends OneOfParam<infer T, infer D>
    ? T | D
    : P extends TextParam<infer D>
      ? string | D
      : P extends NumberParam
        ? number
        : P extends DateParam<infer D>
          ? string | D
          : P extends ListParam<infer T>
            ? T[]
            : P extends RepeatedParam
              ? string[]
              : never;

export type UrlParams = Record<string, UrlParam>;

/** The view a page's declaration reads as: one field per declared parameter. */
export type UrlView<S extends UrlParams> = { -readonly [K in keyof S]: UrlParamValue<S[K]> };

export interface UrlViewCodec<S extends UrlParams> {
  declaration: S;
  /** The view with every parameter at its default (what an address without a query shows). */
  defaults: UrlView<S>;
  /** The view the address asks for; values that cannot be used read as their defaults. */
  read: (params: URLSearchParams) => UrlView<S>;
  /** Only what differs from the defaults goes into the URL, so links stay short. */
  write: (view: UrlView<S>) => URLSearchParams;
  /** What `read` ignored in the address, in words, in declaration order. */
  problems: (params: URLSearchParams) => string[];
}

/** `?dir=asc|desc`, the same on every sortable page. */
export const sortDirectionParam = {
  kind: 'oneOf',
  param: 'dir',
  values: ['asc', 'desc'],
  default: 'asc',
  label: 'sort direction',
  instead: 'sorting ascending',
} as const satisfies OneOfParam<'asc' | 'desc', 'asc'>;

export function describeInvalidValue(label: string, value: string, instead: string): string {
  return `The address had an invalid ${label} ‘${value}’; ${instead}.`;
}

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
const dateAndTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const wholeNumber = /^-?(0|[1-9]\d*)$/;

const splitList = (raw: string) => raw.split(',').filter((item) => item !== '');

/** The value of one present, non-empty raw value, or undefined when it cannot be used. */
function parseOne(declared: UrlParam, raw: string): unknown {
  switch (declared.kind) {
    case 'oneOf': {
      const fold = (text: string) => (declared.ignoreCase ? text.toLowerCase() : text);
      return declared.values.find((value) => fold(String(value)) === fold(raw));
    }
    case 'text': {
      let text = declared.trim ? raw.trim() : raw;
      if (declared.upperCase) text = text.toUpperCase();
      if (text === '') return undefined;
      return !declared.pattern || declared.pattern.test(text) ? text : undefined;
    }
    case 'number': {
      if (!wholeNumber.test(raw)) return undefined;
      const number = Number(raw);
      return number >= declared.min && number <= declared.max ? number : undefined;
    }
    case 'date': {
      const shape = declared.time ? dateAndTime : dateOnly;
      return shape.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : undefined;
    }
    case 'list': {
      const known = splitList(raw).filter((item) => declared.values?.includes(item) ?? true);
      return known.length > 0 ? known : undefined;
    }
    case 'repeated':
      return undefined;
  }
}

function readOne(declared: UrlParam, params: URLSearchParams, name: string): unknown {
  if (declared.kind === 'repeated') return params.getAll(name).filter(Boolean);
  const raw = params.get(name);
  const value = raw ? parseOne(declared, raw) : undefined;
  if (value !== undefined) return value;
  return declared.kind === 'list' ? [...declared.default] : declared.default;
}

/** The raw values to write; none when the value is empty or the default. */
function writeOne(declared: UrlParam, value: unknown): string[] {
  if (declared.kind === 'repeated') return (value as string[]).filter(Boolean);
  if (declared.kind === 'list') {
    const text = (value as string[]).join(',');
    return text === declared.default.join(',') || text === '' ? [] : [text];
  }
  if (value === null || value === '' || value === declared.default) return [];
  return [String(value as string | number)];
}

function describeOne(declared: UrlParam, raw: string | null): string | undefined {
  if (!raw || declared.kind === 'repeated') return undefined;
  if (declared.kind === 'list') {
    const unknown = splitList(raw).filter((item) => !(declared.values?.includes(item) ?? true));
    if (unknown.length === 0) return undefined;
    const names = unknown.map((item) => `‘${item}’`).join(', ');
    return `The address named unknown ${declared.label} ${names}; they are left out.`;
  }
  if (declared.kind === 'text' && !declared.pattern) return undefined;
  if (declared.kind === 'text' && (declared.trim ? raw.trim() : raw) === '') return undefined;
  if (parseOne(declared, raw) !== undefined) return undefined;
  return describeInvalidValue(declared.label, raw, declared.instead);
}

/** A page's URL parameters, declared once; field order is the order they are written and explained. */
export function defineUrlView<const S extends UrlParams>(declaration: S): UrlViewCodec<S> {
  const entries = Object.entries(declaration).map(
    ([field, declared]) => [field, declared, declared.param ?? field] as const,
  );
  const read = (params: URLSearchParams) =>
    Object.fromEntries(
      entries.map(([field, declared, name]) => [field, readOne(declared, params, name)]),
    ) as UrlView<S>;
  return {
    declaration,
    defaults: read(new URLSearchParams()),
    read,
    write: (view) => {
      const params = new URLSearchParams();
      for (const [field, declared, name] of entries) {
        for (const raw of writeOne(declared, view[field])) params.append(name, raw);
      }
      return params;
    },
    problems: (params) =>
      entries.flatMap(([, declared, name]) => describeOne(declared, params.get(name)) ?? []),
  };
}
