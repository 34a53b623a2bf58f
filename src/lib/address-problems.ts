/**
 * Words for URL parameters a page could not use. Pages still fall back to a sensible view (a link
 * with a typo should open something), but they say what they ignored and what they show instead,
 * so "why does this link not show what my colleague sent?" has an answer on screen.
 */

/** A check of one parameter: a present, non-empty value failing `isValid` yields a message. */
export interface ParamCheck {
  param: string;
  /** What the parameter means to a user, e.g. "page size". */
  label: string;
  isValid: (value: string) => boolean;
  /** What the page shows instead, e.g. "showing 100 per page". */
  instead: string;
}

export function describeInvalidValue(label: string, value: string, instead: string): string {
  return `The address had an invalid ${label} ‘${value}’; ${instead}.`;
}

/** Messages for every failing check, in the order given. */
export function checkParams(params: URLSearchParams, checks: ParamCheck[]): string[] {
  return checks.flatMap(({ param, label, isValid, instead }) => {
    const value = params.get(param);
    if (value === null || value === '' || isValid(value)) return [];
    return [describeInvalidValue(label, value, instead)];
  });
}

/** A case-sensitive choice among `allowed`. */
export const isOneOf =
  (allowed: readonly (string | number)[]) =>
  (value: string): boolean =>
    allowed.some((choice) => String(choice) === value);
