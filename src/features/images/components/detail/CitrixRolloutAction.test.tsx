import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meAs } from '../../../../testing/handlers.ts';
import { citrixImages } from '../../../../testing/image-fixtures.ts';
import { server } from '../../../../testing/msw-server.ts';
import { render } from '../../../../testing/render.tsx';
import { citrixImageSchema } from '../../../../api/citrix/images.ts';
import { CitrixRolloutAction } from './CitrixRolloutAction.tsx';

const readyImage = citrixImageSchema.parse(citrixImages[0]);

describe('rolling out an image, by role', () => {
  it('offers an admin the rollout of a Ready image', async () => {
    render(<CitrixRolloutAction image={readyImage} />);

    expect(await screen.findByRole('link', { name: 'Roll out to catalog' })).toHaveAttribute(
      'href',
      `/rollouts/new?image=${readyImage.id}`,
    );
  });

  it.each(['helpdesk', 'viewer'] as const)(
    'shows a %s the rollout as unavailable, saying why, with no way into the wizard',
    async (role) => {
      server.use(meAs(role));
      render(<CitrixRolloutAction image={readyImage} />);

      const button = await screen.findByRole('button', { name: 'Roll out to catalog' });
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveAccessibleDescription(
        `Your role, ${role}, cannot start image rollouts.`,
      );
      expect(screen.queryByRole('link', { name: 'Roll out to catalog' })).not.toBeInTheDocument();
    },
  );
});
