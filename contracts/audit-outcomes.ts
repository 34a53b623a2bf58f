/**
 * How an audited operation ended. Apart from the schemas (`identity-api.ts`, which re-exports it)
 * so that what reads the Audit page's address before the app (`src/early-reads/`) needs no zod.
 */
export const auditOutcomes = ['pending', 'succeeded', 'failed', 'refused'] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];
