import { describe, expect, it, vi } from 'vitest';
import { builtOnFirstUse } from './built-on-first-use.ts';

describe('a value built on first use', () => {
  it('is built when first asked for, once, and kept', () => {
    const build = vi.fn(() => ({ made: true }));
    const value = builtOnFirstUse(build);
    expect(build).not.toHaveBeenCalled();
    const first = value();
    expect(value()).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
  });
});
