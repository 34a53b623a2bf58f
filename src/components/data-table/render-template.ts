import type { ReactNode } from 'react';

/**
 * A column's header or cell: plain content, or a function of TanStack's context. The function is
 * called, not mounted as a component (as `flexRender` does): features build their columns over
 * values that change between renders (a link's search), and a new function would be a new
 * component type each time, remounting every cell and losing the focus inside it. Cells hold no
 * hooks of their own; they return components that may.
 */
export function renderTemplate<Context>(
  template: ReactNode | ((context: Context) => ReactNode) | undefined,
  context: Context,
): ReactNode {
  return typeof template === 'function' ? template(context) : template;
}
