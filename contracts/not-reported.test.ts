import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { notReported, optionalText } from './not-reported.ts';

describe('notReported', () => {
  const schema = z.object({ text: optionalText, count: notReported(z.number()) });

  it.each([
    ['left out', {}],
    ['null', { text: null, count: null }],
    ['""', { text: '', count: '' }],
  ])('reads a value %s as undefined', (_how, body) => {
    expect(schema.parse(body)).toEqual({ text: undefined, count: undefined });
  });

  it('keeps a reported value, and still refuses one of the wrong type', () => {
    expect(schema.parse({ text: ' ', count: 0 })).toEqual({ text: ' ', count: 0 });
    expect(schema.safeParse({ text: 42 }).success).toBe(false);
  });
});
