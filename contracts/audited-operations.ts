/**
 * The writes the console audits (reads are not audited), by the id and words the proxy's allowlist
 * records them with: the Audit page filters by these. tests/proxy/audited-operations.test.ts keeps
 * this list and the allowlist the same.
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
] as const;
export type AuditedOperationId = (typeof auditedOperations)[number]['id'];
