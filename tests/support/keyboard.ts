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
    const ringed = style.boxShadow !== 'none';
    // Mantine's text inputs show focus by turning their border the primary color instead.
    const probe = document.createElement('span');
    probe.style.color = 'var(--mantine-primary-color-filled)';
    element.parentElement?.append(probe);
    const primary = getComputedStyle(probe).color;
    probe.remove();
    const bordered = style.borderTopStyle !== 'none' && style.borderTopColor === primary;
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40);
    // An outline is drawn around the element, and an ancestor that cuts its overflow (a cell's
    // text cut with "…") cuts the outline too: it shows only if one of its four sides is inside
    // every such ancestor.
    const box = element.getBoundingClientRect();
    const offset = parseFloat(style.outlineOffset) || 0;
    let outlineCut = false;
    for (let above = element.parentElement; outlined && above; above = above.parentElement) {
      const clip = getComputedStyle(above);
      if (clip.overflowX === 'visible' && clip.overflowY === 'visible') continue;
      const edges = above.getBoundingClientRect();
      const left = edges.left + above.clientLeft;
      const top = edges.top + above.clientTop;
      const right = left + above.clientWidth;
      const bottom = top + above.clientHeight;
      const sideShows =
        box.left - offset > left ||
        box.right + offset < right ||
        box.top - offset > top ||
        box.bottom + offset < bottom;
      if (!sideShows) outlineCut = true;
    }
    const outlineShows = outlined && !outlineCut;
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
