/**
 * The writes the console audits (reads are not audited), by the id and words the proxy's allowlist
 * records them with, and the rollout plans' requests and steps: the Audit page filters by these.
 * tests/proxy/audited-operations.test.ts keeps this list, the allowlist and the plans' list the same.
 */
export const auditedOperations = [
  { id: 'sessions.logoff', label: 'Log off a session' },
  { id: 'sessions.disconnect', label: 'Disconnect a session' },
  { id: 'sessions.sendMessage', label: 'Send a message to a session' },
  { id: 'sessions.hide', label: 'Hide a session' },
  { id: 'sessions.unhide', label: 'Unhide a session' },
  { id: 'machines.restart', label: 'Restart a machine' },
  { id: 'machines.maintenance', label: 'Turn maintenance mode on or off' },
  { id: 'catalogs.updateImage', label: 'Roll out an image to a catalog' },
  { id: 'plans.create', label: 'Schedule a rollout plan' },
  { id: 'plans.change', label: 'Change a rollout plan' },
  { id: 'plans.cancel', label: 'Cancel a rollout plan' },
  { id: 'plans.revert', label: 'Revert a rollout plan’s catalogs' },
  { id: 'plans.start', label: 'Start a rollout plan' },
  { id: 'plans.wave', label: 'Start a wave of a rollout plan' },
  { id: 'plans.finish', label: 'End a rollout plan' },
] as const;
export type AuditedOperationId = (typeof auditedOperations)[number]['id'];
