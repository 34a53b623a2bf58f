import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from './load-once.ts';

describe('a load started once', () => {
  it('is shared by everyone who asks, and kept', async () => {
    const load = vi.fn(async () => 'code');
    const code = loadOnce(load);
    expect(code.loaded).toBeNull();
    const [first, second] = await Promise.all([code.start(), code.start()]);
    expect([first, second, code.loaded]).toEqual(['code', 'code', 'code']);
    await code.start();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('is tried again after it failed', async () => {
    let online = false;
    const load = vi.fn(async () => {
      if (!online) throw new TypeError('Failed to fetch dynamically imported module');
      return 'code';
    });
    const code = loadOnce(load);
    await expect(code.start()).rejects.toThrow('Failed to fetch');
    expect(code.loaded).toBeNull();
    online = true;
    await expect(code.start()).resolves.toBe('code');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
