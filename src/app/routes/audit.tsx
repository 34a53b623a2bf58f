import { AuditPage } from '../../features/audit/components/AuditPage.tsx';

/** `/audit?actor=…&operation=…&target=…&outcome=…&from=…&to=…&page=…&pageSize=…`. */
export function AuditRoute() {
  return <AuditPage />;
}
