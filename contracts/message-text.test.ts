import { describe, expect, it } from 'vitest';
import { characterCount, messageFields, messageTextProblem } from './message-text.ts';

const { sendMessageTitle: title, sendMessageText: text } = messageFields;

describe('messageTextProblem', () => {
  it('accepts ordinary text, accents, emoji and right-to-left scripts', () => {
    expect(messageTextProblem('Save your work: the desktop restarts at 18:00.', title)).toBeNull();
    expect(messageTextProblem('Redémarrage à 18 h — 🙂', title)).toBeNull();
    expect(messageTextProblem('שמרו את העבודה', title)).toBeNull();
    // Marks that place punctuation in Hebrew or Arabic text; they cannot reorder letters.
    expect(messageTextProblem('(ملاحظة)\u200F \u061C \u200E', title)).toBeNull();
  });

  it('keeps line breaks and tabs in a message body, but a title is one line', () => {
    expect(messageTextProblem('Line one\nLine two\r\n\tindented', text)).toBeNull();
    expect(messageTextProblem('Two\nlines', title)).toBe(
      'The title must be one line; remove the line break.',
    );
    expect(messageTextProblem('a\tb', title)).toBe(
      'The title contains a tab character; use spaces instead.',
    );
  });

  it.each([
    ['\u202E', 'right-to-left override'],
    ['\u202D', 'left-to-right override'],
    ['\u202A', 'left-to-right embedding'],
    ['\u202B', 'right-to-left embedding'],
    ['\u202C', 'pop directional formatting'],
    ['\u2066', 'left-to-right isolate'],
    ['\u2067', 'right-to-left isolate'],
    ['\u2068', 'first-strong isolate'],
    ['\u2069', 'pop directional isolate'],
  ])('refuses the text-direction control %j by name', (character, name) => {
    const code = character.codePointAt(0)!.toString(16).toUpperCase();
    expect(messageTextProblem(`invoice${character}fdp.exe`, text)).toBe(
      `The message contains an invisible ${name} character (U+${code}), which can make the text read differently from what was typed; remove it.`,
    );
  });

  it('refuses NUL, other C0 controls, DEL and C1 controls, naming the code', () => {
    expect(messageTextProblem('cut\0here', text)).toBe(
      'The message contains a NUL character (U+0000), which cuts the text short on users’ screens; remove it.',
    );
    expect(messageTextProblem('bell\u0007', title)).toBe(
      'The title contains an invisible control character (U+0007); remove it.',
    );
    expect(messageTextProblem('del\u007F', text)).toContain('control character (U+007F)');
    expect(messageTextProblem('c1\u009B', text)).toContain('control character (U+009B)');
  });

  it('refuses text over the limit, saying the length, the limit and by how much', () => {
    expect(messageTextProblem('x'.repeat(title.maxLength), title)).toBeNull();
    expect(messageTextProblem('x'.repeat(title.maxLength + 3), title)).toBe(
      `The title is ${title.maxLength + 3} characters long; the limit is ${title.maxLength}. Remove 3.`,
    );
    expect(messageTextProblem('x'.repeat(text.maxLength + 1), text)).toContain(
      `the limit is ${text.maxLength}`,
    );
  });

  it('names a hidden character before the length, since the length is already shown', () => {
    expect(messageTextProblem(`${'x'.repeat(300)}\u202E`, title)).toContain('override');
  });

  it('lets the caller name the field, so a refusal can give the API’s property name', () => {
    expect(messageTextProblem('\u202E', text, 'The message (Text)')).toMatch(
      /^The message \(Text\) contains an invisible right-to-left override/,
    );
  });
});

it('counts characters against the limit, as a form shows it while typing', () => {
  expect(characterCount('x'.repeat(42), title)).toBe(`42 / ${title.maxLength}`);
});

it('uses one bound for titles and one for message bodies, wherever they are shown', () => {
  expect(messageFields.rolloutWarningTitle.maxLength).toBe(title.maxLength);
  expect(messageFields.rolloutWarningMessage.maxLength).toBe(text.maxLength);
  expect(title.maxLength).toBe(255);
  expect(text.maxLength).toBe(4000);
});
