import { checkParams, isOneOf } from '../../lib/address-problems.ts';
import {
  defaults,
  pageSizes,
  sessionColumns,
  sessionStates,
  sessionTypes,
  sortProperties,
} from './session-view.ts';

/** What readSessionView ignored in the address, in words (it falls back all the same). */
export function describeSessionViewProblems(params: URLSearchParams): string[] {
  const problems = checkParams(params, [
    {
      param: 'state',
      label: 'session state',
      isValid: isOneOf(sessionStates),
      instead: 'showing every state',
    },
    {
      param: 'type',
      label: 'session type',
      isValid: isOneOf(sessionTypes),
      instead: 'showing desktops and applications',
    },
    {
      param: 'sort',
      label: 'sort column',
      isValid: isOneOf(Object.keys(sortProperties)),
      instead: 'sorting by user',
    },
    {
      param: 'dir',
      label: 'sort direction',
      isValid: isOneOf(['asc', 'desc']),
      instead: 'sorting ascending',
    },
    {
      param: 'size',
      label: 'page size',
      isValid: isOneOf(pageSizes),
      instead: `showing ${defaults.pageSize} per page (choose ${pageSizes.join(', ')})`,
    },
  ]);
  const unknownColumns = (params.get('columns') ?? '')
    .split(',')
    .filter((column) => column !== '' && !isOneOf(sessionColumns)(column));
  if (unknownColumns.length > 0) {
    const names = unknownColumns.map((column) => `‘${column}’`).join(', ');
    problems.push(`The address named unknown columns ${names}; they are left out.`);
  }
  return problems;
}
