import { Badge, Button } from '@mantine/core';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { render } from '../testing/render.tsx';
import { DeferredTooltip } from './DeferredTooltip.tsx';

describe('DeferredTooltip', () => {
  it('says its hint while a mouse is over the child, and nothing before', async () => {
    const { user } = render(
      <DeferredTooltip label="Ready for sessions · Code: Active">
        <Badge>Ready</Badge>
      </DeferredTooltip>,
    );
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    await user.hover(screen.getByText('Ready'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Ready for sessions · Code: Active',
    );

    await user.unhover(screen.getByText('Ready'));
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
  });

  it('keeps the child as it was: the same element, its own handlers still called', async () => {
    const onPointerEnter = vi.fn();
    const onClick = vi.fn();
    const { user } = render(
      <DeferredTooltip label="Copy the ID">
        <Button onPointerEnter={onPointerEnter} onClick={onClick}>
          Copy
        </Button>
      </DeferredTooltip>,
    );
    const button = screen.getByRole('button', { name: 'Copy' });

    await user.click(button);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Copy the ID');
    expect(screen.getByRole('button', { name: 'Copy' })).toBe(button);
    expect(onPointerEnter).toHaveBeenCalled();
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
