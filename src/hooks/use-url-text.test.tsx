import { act, renderHook } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUrlText } from './use-url-text.ts';

const typingPauseMs = 50;

/** The hook over a URL that shows each write `lagMs` after it was made, as a slow router does. */
function renderOverLaggingUrl(lagMs: number) {
  const writes: string[] = [];
  const rendered = renderHook(() => {
    const [url, setUrl] = useState('');
    const box = useUrlText(
      url,
      (text) => {
        writes.push(text);
        setTimeout(() => setUrl(text), lagMs);
      },
      typingPauseMs,
    );
    return { ...box, url, setUrl };
  });
  return { ...rendered, writes };
}

/** Types `text` one key every `keyMs`, recording every text the box showed. */
function typeSlowly(
  result: { current: { type: (t: string) => void; text: string } },
  text: string,
  keyMs: number,
) {
  const shown: string[] = [];
  for (let length = 1; length <= text.length; length += 1) {
    act(() => result.current.type(text.slice(0, length)));
    for (let ms = 0; ms < keyMs; ms += 10) {
      act(() => vi.advanceTimersByTime(10));
      shown.push(result.current.text);
    }
  }
  return shown;
}

describe('useUrlText', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('never shows an older text when the URL catches up with writes made several keys ago', () => {
    // Keys 100 ms apart, each written after a 50 ms pause, each seen in the URL 300 ms later:
    // the URL shows "a" when "abc" has been typed.
    const { result, writes } = renderOverLaggingUrl(300);
    const shown = typeSlowly(result, 'abcdef', 100);
    expect(shown.filter((text) => !'abcdef'.startsWith(text))).toEqual([]);
    expect(shown).toEqual([...shown].sort((a, b) => a.length - b.length));
    expect(writes).toEqual(['a', 'ab', 'abc', 'abcd', 'abcde', 'abcdef']);

    act(() => vi.advanceTimersByTime(1000));
    expect(result.current).toMatchObject({ text: 'abcdef', url: 'abcdef' });
  });

  it('writes once typing pauses, not for every key', () => {
    const { result, writes } = renderOverLaggingUrl(0);
    typeSlowly(result, 'lee', 20);
    act(() => vi.advanceTimersByTime(typingPauseMs));
    expect(writes).toEqual(['lee']);
  });

  it('takes a URL change it did not make (Back, a link) over what was typed', () => {
    const { result } = renderOverLaggingUrl(300);
    typeSlowly(result, 'abc', 100);
    act(() => vi.advanceTimersByTime(1000));
    act(() => result.current.setUrl('from a link'));
    expect(result.current.text).toBe('from a link');
    // Even one that names a text it wrote long ago, once the URL has moved on since.
    act(() => result.current.setUrl('ab'));
    expect(result.current.text).toBe('ab');
  });

  it('hands the text over to a change that writes it itself, with no write of its own after', () => {
    const { result, writes } = renderOverLaggingUrl(300);
    act(() => result.current.type('win'));
    let taken = '';
    act(() => {
      taken = result.current.takeForWrite();
    });
    expect(taken).toBe('win');
    act(() => vi.advanceTimersByTime(1000));
    expect(writes).toEqual([]);
    // The URL showing it later is the catching up of that write, not a change from elsewhere.
    act(() => result.current.type('wind'));
    act(() => result.current.setUrl('win'));
    expect(result.current.text).toBe('wind');
  });
});
