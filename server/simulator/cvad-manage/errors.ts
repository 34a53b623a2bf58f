import { citrixCommonErrorKeys, citrixErrorRenderer } from '../citrix-problems.ts';

/**
 * cvad/manage error body. It carries both the Citrix Cloud common error keys (`type`, `detail`,
 * `parameters`) and the 2023 spec's `ErrorData` keys (`ErrorMessage`, required `SdkErrorId`), because
 * which one production sends is unsettled (reference/citrix-notes.md §2.5) and clients read either.
 */
export const cvadManageError = citrixErrorRenderer((problem) => ({
  ...citrixCommonErrorKeys(problem),
  ErrorMessage: problem.detail,
  SdkErrorId: problem.sdkErrorId,
}));
