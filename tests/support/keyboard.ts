import type { Locator, Page } from 'playwright-core';

/**
 * What a keyboard user sees of focus: the focused element must match :focus-visible and draw an
 * outline, a ring, or (text inputs) a border in the primary color. Returns a description of what is focused, or why focus is not visible.
 */
export function describeFocus(page: Page): Promise<{ visible: boolean; what: string }> {
  return page.evaluate(async () => {
    const element = document.activeElement;
    if (!element || element === document.body) return { visible: false, what: 'nothing focused' };
    // Read the focus style once its transition (Mantine fades input borders) has finished.
    await Promise.all(element.getAnimations().map((animation) => animation.finished));
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    // A ring drawn with box-shadow: inset, inside the element's box; outset, around it.
    const shadows = style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\))/);
    const insetRing = shadows.some((shadow) => /\binset\b/.test(shadow));
    const outsetRing = shadows.some((shadow) => !/\binset\b/.test(shadow));
    // Mantine's text inputs show focus by turning their border the primary color instead.
    const probe = document.createElement('span');
    probe.style.color = 'var(--mantine-primary-color-filled)';
    element.parentElement?.append(probe);
    const primary = getComputedStyle(probe).color;
    probe.remove();
    const bordered = style.borderTopStyle !== 'none' && style.borderTopColor === primary;
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40);
    // An outline or an outset shadow is drawn around the element, and an ancestor that cuts its
    // overflow (a cell's text cut with "…") cuts it too: it shows only if one of its four sides
    // is inside every such ancestor. `reach`: how far out from the element's box it starts.
    const box = element.getBoundingClientRect();
    const clippers: DOMRect[] = [];
    for (let above = element.parentElement; above; above = above.parentElement) {
      const clip = getComputedStyle(above);
      if (clip.overflowX === 'visible' && clip.overflowY === 'visible') continue;
      const edges = above.getBoundingClientRect();
      clippers.push(
        new DOMRect(
          edges.left + above.clientLeft,
          edges.top + above.clientTop,
          above.clientWidth,
          above.clientHeight,
        ),
      );
    }
    // At least a pixel of it: an ancestor's client size is rounded to whole pixels.
    const drawnAroundShows = (reach: number) =>
      clippers.every(
        (inside) =>
          box.left - reach >= inside.left + 1 ||
          box.right + reach <= inside.right - 1 ||
          box.top - reach >= inside.top + 1 ||
          box.bottom + reach <= inside.bottom - 1,
      );
    const outlineShows = outlined && drawnAroundShows(parseFloat(style.outlineOffset) || 0);
    const ringed = insetRing || (outsetRing && drawnAroundShows(0));
    return {
      visible: element.matches(':focus-visible') && (outlineShows || ringed || bordered),
      what: `<${element.tagName.toLowerCase()}> ${name ?? ''}`.trim(),
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would, and checks that
 * focus is visible there. Fails if `target` is not reached within `maxPresses`: it is then not
 * reachable by keyboard in that direction.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { key = 'Tab', maxPresses = 60 }: { key?: 'Tab' | 'Shift+Tab'; maxPresses?: number } = {},
) {
  await target.waitFor();
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press(key);
    if (await target.evaluate((element) => element === document.activeElement)) {
      const focus = await describeFocus(page);
      if (!focus.visible) throw new Error(`Focus on ${focus.what} is not visible`);
      return;
    }
  }
  throw new Error(`${String(target)} was not reached with ${key} in ${maxPresses} presses`);
}
