/**
 * Calls `read` once the browser has laid the page out, then whenever the page's width (the
 * body's size) or one of `elements` changes size: a notice shown above, filters opened, the
 * window turned. Layout is read in a ResizeObserver's callback, after the browser has laid the
 * page out, so none is forced while React commits. Returns the function that stops it.
 */
export function observeLayout(elements: Element[], read: () => void): () => void {
  const observer = new ResizeObserver(() => read());
  observer.observe(document.body);
  for (const element of elements) observer.observe(element);
  return () => observer.disconnect();
}
