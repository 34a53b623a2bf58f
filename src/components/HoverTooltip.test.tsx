import { Badge, Button } from '@mantine/core';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { render } from '../testing/render.tsx';
import { DeferredTooltip } from './DeferredTooltip.tsx';
import { HoverTooltip } from './HoverTooltip.tsx';

describe('HoverTooltip', () => {
  it('says its hint while a mouse is over the child, and nothing before', async () => {
    const { user } = render(
      <HoverTooltip label="Ready for sessions · Code: Active">
        <Badge>Ready</Badge>
      </HoverTooltip>,
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
      <HoverTooltip label="Copy the ID">
        <Button onPointerEnter={onPointerEnter} onClick={onClick}>
          Copy
        </Button>
      </HoverTooltip>,
    );
    const button = screen.getByRole('button', { name: 'Copy' });

    await user.click(button);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Copy the ID');
    expect(screen.getByRole('button', { name: 'Copy' })).toBe(button);
    expect(onPointerEnter).toHaveBeenCalled();
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});

describe('DeferredTooltip', () => {
  it('loads and says its hint on hover', async () => {
    const { user } = render(
      <DeferredTooltip label="Switch to dark colours">
        <Button>Theme</Button>
      </DeferredTooltip>,
    );
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    await user.hover(screen.getByRole('button', { name: 'Theme' }));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Switch to dark colours');
  });
});
