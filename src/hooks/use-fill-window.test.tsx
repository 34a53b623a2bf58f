import { render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useFillWindow } from './use-fill-window.ts';

/** ResizeObserver callbacks, called by the test as the browser would after a layout. */
const observers: (() => void)[] = [];
class ReportingResizeObserver {
  constructor(private readonly report: () => void) {}
  observe() {
    observers.push(this.report);
  }
  unobserve() {}
  disconnect() {}
}

function Boxed() {
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  useFillWindow(box, true);
  return (
    <main>
      <div ref={setBox} data-testid="box">
        <table>
          <tbody>
            <tr>
              <td>a row</td>
            </tr>
          </tbody>
        </table>
      </div>
      <nav>pager</nav>
    </main>
  );
}

describe('useFillWindow', () => {
  const realObserver = window.ResizeObserver;
  afterEach(() => {
    window.ResizeObserver = realObserver;
    observers.length = 0;
  });

  it('sizes the box by its own max-height, not by variables every row inside would inherit', () => {
    window.ResizeObserver = ReportingResizeObserver as unknown as typeof ResizeObserver;
    const { getByTestId } = render(<Boxed />);
    const box = getByTestId('box');
    box.getBoundingClientRect = () => DOMRect.fromRect({ y: 212.4, height: 300 });
    box.parentElement!.getBoundingClientRect = () => DOMRect.fromRect({ y: 200, height: 364 });
    observers.forEach((report) => report());
    // Where the box starts (rounded up) and what follows it, off the window's height.
    expect(box.style.maxHeight).toBe('max(20rem, calc(100dvh - 213px - 52px))');
    // A variable set on the box would restyle every row in it (a frame's style pass, at a phone's
    // 4x CPU, 28 ms on the sessions page).
    expect(box.style.getPropertyValue('--fill-top')).toBe('');
    expect(box.style.getPropertyValue('--fill-below')).toBe('');
  });
});
