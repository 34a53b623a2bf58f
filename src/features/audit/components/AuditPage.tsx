import { Button, Stack } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { auditExportUrl, auditQueries } from '../../../api/console/audit.ts';
import { AddressProblemsNotice } from '../../../components/AddressProblemsNotice.tsx';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { toApiProblem } from '../../../lib/api-problem.ts';
import { auditUrlView, toAuditRequest, type AuditView } from '../audit-view.ts';
import { AuditEmpty } from './AuditEmpty.tsx';
import { AuditFilters } from './AuditFilters.tsx';
import { AuditPager } from './AuditPager.tsx';
import { AuditTable } from './AuditTable.tsx';

/** Who did what through the console and how it ended: filtered, paged and exported by the server. */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const view = auditUrlView.read(params);
  const request = toAuditRequest(view);
  const records = useQuery(auditQueries.list(request));
  // A new filter starts again from the first page; turning pages keeps the filters.
  const changeView = (changes: Partial<AuditView>) =>
    setParams(auditUrlView.write({ ...view, page: 1, ...changes }));
  const data = records.data;

  let content;
  if (data) {
    content =
      data.items.length > 0 ? (
        <AuditTable records={data.items} now={records.dataUpdatedAt} />
      ) : (
        <AuditEmpty view={view} total={data.total} onChange={changeView} />
      );
  } else if (records.error) {
    content = (
      <ApiErrorAlert
        problem={toApiProblem(records.error)}
        title="Could not load the audit trail"
        onRetry={() => void records.refetch()}
      />
    );
  } else {
    content = <PageLoader />;
  }

  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Who did what through the console, to what, and how it ended. Records are kept as written: nobody can edit or delete them."
        actions={
          <Button
            component="a"
            href={auditExportUrl(request)}
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            Export CSV
          </Button>
        }
      />
      <AddressProblemsNotice problems={auditUrlView.problems(params)} />
      <Stack gap="sm">
        <AuditFilters view={view} onChange={changeView} />
        {content}
        {data && data.total > 0 && (
          <AuditPager
            page={view.page}
            pageSize={view.pageSize}
            shown={data.items.length}
            total={data.total}
            onPageChange={(page) => changeView({ page })}
            onPageSizeChange={(pageSize) => changeView({ pageSize })}
          />
        )}
      </Stack>
    </>
  );
}
