import { Button, Stack } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { auditExportUrl, auditQueries } from '../../../api/console/audit.ts';
import { AddressProblemsNotice } from '../../../components/AddressProblemsNotice.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { pageHeadings } from '../../../lib/page-headings.ts';
import { QueryFrame } from '../../../components/QueryFrame.tsx';
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

  return (
    <>
      <PageHeader
        {...pageHeadings.audit}
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
        <QueryFrame query={records} errorTitle="Could not load the audit trail">
          {({ items, total }) =>
            items.length > 0 ? (
              <AuditTable records={items} now={records.dataUpdatedAt} />
            ) : (
              <AuditEmpty view={view} total={total} onChange={changeView} />
            )
          }
        </QueryFrame>
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
