import { Alert, Stack } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';
import { CatalogSiteScope } from '../../../../components/CatalogSiteScope.tsx';
import { PageHeader } from '../../../../components/PageHeader.tsx';
import { paths } from '../../../../lib/paths.ts';
import { browserTimeZone } from '../../../../lib/zoned-time.ts';
import { draftFromPresets, planPresetsUrlView } from '../../plan-presets.ts';
import { AdminOnly } from '../AdminOnly.tsx';
import { PlanForm } from './PlanForm.tsx';

const title = 'Plan a rollout to several catalogs';

/** `/plans/new?image=…&catalogs=a,b`: a new plan, for admins; the draft survives a failed submit. */
export function PlanNewPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const presets = planPresetsUrlView.read(params);
  const problems = planPresetsUrlView.problems(params);
  const back = presets.image
    ? { to: paths.imageDetail.href('citrix', presets.image), label: 'Back to the image' }
    : { to: paths.catalogs.href(), label: 'Back to the catalogs' };
  return (
    <AdminOnly title={title} what="Rollout plans" back={back}>
      <PageHeader
        title={title}
        description="One image to several catalogs in waves: a canary catalog first, then the rest, now or at a time you choose. The console server runs the plan."
      />
      <Stack gap="md">
        {problems.length > 0 && (
          <Alert color="orange" title="Part of the address was ignored">
            {problems.join(' ')}
          </Alert>
        )}
        <CatalogSiteScope>
          {(scope) => (
            <PlanForm
              scope={scope}
              draftKey={`new?${params.toString()}`}
              initialDraft={() => draftFromPresets(presets, browserTimeZone())}
              onSaved={(plan) => navigate(paths.plan.href(plan.id))}
            />
          )}
        </CatalogSiteScope>
      </Stack>
    </AdminOnly>
  );
}
