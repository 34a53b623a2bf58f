import { Alert, Button, Group } from '@mantine/core';
import { IconRocket } from '@tabler/icons-react';
import { Link } from 'react-router';
import { UnavailableButton } from '../../../../components/UnavailableButton.tsx';
import { roleCannot, usePermissions } from '../../../../hooks/use-permissions.ts';
import { paths } from '../../../../lib/paths.ts';
import { isCitrixInFlight, type CitrixImage } from '../../../../api/citrix/images.ts';
import { spacedWords } from '../../../../lib/code-words.ts';

/** Why an image that is not Ready cannot be rolled out, in words. */
function notReadyReason(image: CitrixImage): string {
  const state = spacedWords(image.state).toLowerCase();
  const because = image.status ? `: ${image.status}` : '.';
  if (image.state === 'Failed' || image.state === 'AzureResourcesNotFound') {
    const what =
      image.state === 'Failed' ? 'This image failed' : 'Its Azure resources were not found';
    return `${what}${because} Catalogs can only use a Ready image, so fix the image and prepare it again before rolling it out.`;
  }
  if (isCitrixInFlight(image)) {
    return `This image is still being prepared (${state}). It can be rolled out to a catalog once it is Ready; this page refreshes by itself until then.`;
  }
  return `Only Ready images can be rolled out to a catalog; this one is ${state}.`;
}

const rolloutIcon = <IconRocket size={16} aria-hidden />;

/**
 * "Roll out to catalog" for a Ready image and a role that may start rollouts; otherwise the
 * reason it cannot be. Nothing shows until the role is known, so the button does not flicker.
 */
export function CitrixRolloutAction({ image }: { image: CitrixImage }) {
  const { role, rollouts } = usePermissions();
  if (image.state === 'Ready') {
    if (role === null) return null;
    if (!rollouts) {
      return (
        <UnavailableButton
          leftSection={rolloutIcon}
          reason={roleCannot(role, 'start image rollouts')}
        >
          Roll out to catalog
        </UnavailableButton>
      );
    }
    return (
      <Group gap="sm">
        <Button
          component={Link}
          to={paths.newRollout.href({ image: image.id })}
          leftSection={rolloutIcon}
        >
          Roll out to catalog
        </Button>
        <Button component={Link} to={paths.newPlan.href({ image: image.id })} variant="default">
          Plan a rollout to several catalogs
        </Button>
      </Group>
    );
  }
  return (
    <Alert color="gray" title="Cannot be rolled out" maw={520}>
      {notReadyReason(image)}
    </Alert>
  );
}
