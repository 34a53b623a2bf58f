/**
 * Text a person writes that pops up on users' screens: a session message (`$sendMessage` Title and
 * Text) and a rollout's restart warning (`$updateImage` warningTitle and warningMessage). The
 * forms explain these rules as you type and the proxy refuses a body that breaks them, so a script
 * calling /api directly gets the same answer in the same words.
 */

export interface MessageField {
  /** How the form names the field, starting a sentence: "The title". */
  name: string;
  /** In UTF-16 code units, as Windows and .NET count a string (an emoji counts 2). */
  maxLength: number;
  /** A message body keeps its line breaks and tabs; a title is one line. */
  multiline: boolean;
}

// Citrix documents no limit: neither SendMessageRequestModel (Title, Text) nor
// UpdateCatalogTemplateImageModel (warningTitle, warningMessage) declares a maxLength, and the
// reference notes record none. So the bounds are stated here, the same wherever the text shows,
// since the rollout warning is also a message box in the session:
// - titles 255: a title sits on the one-line caption bar of a message box, which Windows cuts off
//   with an ellipsis; at roughly 7 pixels a character, 255 already fill a full-HD screen's
//   width, so more would not be read.
// - bodies 4000: measured, not documented, sending to XenApp sessions (WTSSendMessage underneath)
//   stopped delivering past about 4,050 characters (efferen.nl, "Send Message to User
//   Limitations"); 4000 stays under that with room for %m% growing into the minutes.
const titleMaxLength = 255;
const bodyMaxLength = 4000;

export const messageFields = {
  sendMessageTitle: { name: 'The title', maxLength: titleMaxLength, multiline: false },
  sendMessageText: { name: 'The message', maxLength: bodyMaxLength, multiline: true },
  rolloutWarningTitle: { name: 'The warning title', maxLength: titleMaxLength, multiline: false },
  rolloutWarningMessage: {
    name: 'The warning message',
    maxLength: bodyMaxLength,
    multiline: true,
  },
} as const satisfies Record<string, MessageField>;

// Controls that reorder what follows them: "invoice", U+202E, "fdp.exe" shows as "invoiceexe.pdf".
// LRM, RLM and ALM (U+200E, U+200F, U+061C) are allowed: Hebrew and Arabic writers use them to
// place punctuation and digits, and a mark cannot reverse a run of letters.
const directionControls: Record<number, string> = {
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first-strong isolate',
  0x2069: 'pop directional isolate',
};

const codeOf = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** What is wrong with one character, finishing a sentence that starts with the field's name. */
function characterProblem(code: number, multiline: boolean): string | null {
  if (code === 0x00) {
    return 'contains a NUL character (U+0000), which cuts the text short on users’ screens; remove it.';
  }
  if (code === 0x0a || code === 0x0d) {
    return multiline ? null : 'must be one line; remove the line break.';
  }
  if (code === 0x09) return multiline ? null : 'contains a tab character; use spaces instead.';
  // C0, DEL and C1: nothing a person means to show, and some end or garble the text downstream.
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
    return `contains an invisible control character (${codeOf(code)}); remove it.`;
  }
  const direction = directionControls[code];
  if (direction) {
    return `contains an invisible ${direction} character (${codeOf(code)}), which can make the text read differently from what was typed; remove it.`;
  }
  return null;
}

/**
 * Why `value` may not be shown to users, in words, or null when it may. A hidden character is
 * named before the length, because the length is on screen already and the character is not.
 * `name` replaces the field's own, e.g. to give the API's property name in a refusal.
 */
export function messageTextProblem(
  value: string,
  field: MessageField,
  name: string = field.name,
): string | null {
  for (const character of value) {
    const problem = characterProblem(character.codePointAt(0)!, field.multiline);
    if (problem) return `${name} ${problem}`;
  }
  if (value.length > field.maxLength) {
    const over = value.length - field.maxLength;
    return `${name} is ${value.length} characters long; the limit is ${field.maxLength}. Remove ${over}.`;
  }
  return null;
}

/** The count a form shows as you type: "42 / 255". */
export function characterCount(value: string, field: MessageField): string {
  return `${value.length} / ${field.maxLength}`;
}
