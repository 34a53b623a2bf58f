/**
 * A virtual row's measured height, or the estimate when the row measures 0 (not laid out: a hidden
 * tab, or a DOM without layout such as jsdom). A 0 would stack every row at the same offset.
 */
export function measuredOrEstimate(estimate: number) {
  return (element: Element) => {
    const height = element.getBoundingClientRect().height;
    return height > 0 ? height : estimate;
  };
}
