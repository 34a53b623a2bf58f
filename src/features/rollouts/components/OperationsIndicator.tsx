import { Badge, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { lazy, useEffect } from 'react';
import { operationQueries } from '../../../api/console/operations.ts';
import { isPlanLive, planQueries } from '../../../api/console/plans.ts';
import { HeaderPopover } from '../../../components/HeaderPopover.tsx';
import { indicatorOperationFilters, indicatorPlanFilters } from '../operation-reads.ts';
import { useOutcomeAnnouncements } from '../use-outcome-announcements.ts';

// The list is not needed to paint the header: it loads just after (see the effect below), so
// the first route every page waits for stays small (scripts/check-bundle-budget.ts).
const loadList = () => import('./OperationsList.tsx');
const OperationsList = lazy(async () => ({ default: (await loadList()).OperationsList }));

/** Header button: everyone's operations and plans under way and the latest ended. */
export function OperationsIndicator() {
  const operationsQuery = useQuery(operationQueries.list(indicatorOperationFilters));
  // Plans are listed above the operations; one that cannot be read leaves the operations be.
  const plansQuery = useQuery(planQueries.list(indicatorPlanFilters));
  useOutcomeAnnouncements(operationsQuery.data);
  useEffect(() => {
    void loadList();
  }, []);

  const running = (operationsQuery.data ?? []).filter((o) => o.state === 'running').length;
  // The count is of what the menu lists as not yet ended: plans waiting for their start count too.
  const livePlans = (plansQuery.data?.items ?? []).filter(isPlanLive).length;
  const count = running + livePlans;
  const plansInWords =
    livePlans > 0
      ? `, ${livePlans} ${livePlans === 1 ? 'plan' : 'plans'} scheduled or running`
      : '';
  return (
    <HeaderPopover
      face={
        <Text span size="sm" visibleFrom="md">
          Operations
        </Text>
      }
      label={`Operations: ${running} in progress${plansInWords}`}
      color={count > 0 ? 'blue' : 'gray'}
      leftSection={<IconRefresh size={16} aria-hidden />}
      rightSection={
        count > 0 ? (
          <Badge size="sm" circle>
            {count}
          </Badge>
        ) : null
      }
      width={360}
      loadingLabel="Loading the operations"
    >
      {(close) => (
        <>
          <Text fw={600} size="sm" mb="xs">
            Operations
          </Text>
          <OperationsList
            operations={operationsQuery.data}
            error={operationsQuery.error}
            plans={plansQuery.data?.items}
            onNavigate={close}
          />
        </>
      )}
    </HeaderPopover>
  );
}
