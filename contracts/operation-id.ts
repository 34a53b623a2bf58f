/** Operation ids are UUIDs: anything else names no operation, so nobody need ask for it. */
export function isOperationId(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}
