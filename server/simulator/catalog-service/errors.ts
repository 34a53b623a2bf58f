import { citrixCommonErrorKeys, citrixErrorRenderer } from '../citrix-problems.ts';

/**
 * Catalog service error body. Its spec declares no schema; Terraform reads `message`
 * (reference/citrix-notes.md §3.5), so that key is always there, next to the common keys.
 */
export const catalogServiceError = citrixErrorRenderer((problem) => ({
  message: problem.detail,
  ...citrixCommonErrorKeys(problem),
}));
