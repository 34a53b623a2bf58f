/**
 * `Contains` over a whole column of lower-cased values in one pass. The values are joined once
 * into one string, and each match is found with `indexOf`, which skips through the text far faster
 * than calling `includes` on 100,000 short strings one by one (a help-desk search box asks six
 * such columns at every pause in typing).
 */
interface JoinedColumn {
  text: string;
  /** Where each value starts in `text`, and one past the end. */
  starts: Uint32Array;
}

// Between values. A match of text without it lies inside one value, whatever the values hold.
const separator = '\u0000';

const joined = new WeakMap<readonly string[], JoinedColumn>();

function joinColumn(values: readonly string[]): JoinedColumn {
  const cached = joined.get(values);
  if (cached) return cached;
  const starts = new Uint32Array(values.length + 1);
  let at = 0;
  values.forEach((value, k) => {
    starts[k] = at;
    at += value.length + separator.length;
  });
  starts[values.length] = at;
  const column = { text: values.join(separator) + separator, starts };
  joined.set(values, column);
  return column;
}

/** The value that holds position `at` of the joined text: the last one starting at or before it. */
function valueAt(starts: Uint32Array, at: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (starts[middle]! <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * 1 for each value of `values` containing `wanted` (both lower-cased), else 0. Columns are the
 * start-up index's arrays, which never change, so each is joined once and kept.
 */
export function containsAnswers(values: readonly string[], wanted: string): Uint8Array {
  const answers = new Uint8Array(values.length);
  if (wanted.includes(separator)) {
    values.forEach((value, k) => (answers[k] = value.includes(wanted) ? 1 : 0));
    return answers;
  }
  if (wanted === '') return answers.fill(1);
  const { text, starts } = joinColumn(values);
  for (let at = text.indexOf(wanted); at !== -1;) {
    const k = valueAt(starts, at);
    answers[k] = 1;
    // On to the next value: one match is enough for this one.
    at = text.indexOf(wanted, starts[k + 1]!);
  }
  return answers;
}
