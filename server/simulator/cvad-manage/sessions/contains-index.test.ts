import { describe, expect, it } from 'vitest';
import { containsAnswers } from './contains-index.ts';

const byIncludes = (values: string[], wanted: string) =>
  Uint8Array.from(values, (value) => (value.includes(wanted) ? 1 : 0));

describe('containsAnswers', () => {
  const values = ['contoso\\aisha.chen', 'contoso\\aisha.chen2', '', 'chen.chen', 'a', 'xaisha'];

  it('answers as includes does, value by value', () => {
    for (const wanted of ['aisha', 'chen', 'chen2', 'a', 'contoso\\', 'x', 'zzz', '']) {
      expect(containsAnswers(values, wanted), wanted).toEqual(byIncludes(values, wanted));
    }
  });

  it('never matches across two values, even with text holding the separator', () => {
    expect([...containsAnswers(['ab', 'cd'], 'bc')]).toEqual([0, 0]);
    expect([...containsAnswers(['ab', 'cd'], 'b\u0000c')]).toEqual([0, 0]);
    expect([...containsAnswers(['a\u0000b', 'cd'], 'a\u0000b')]).toEqual([1, 0]);
  });
});
