/**
 * The text a write would put on users' screens, checked before it is forwarded: the forms check
 * it too, but a script can call /api directly. The rules and their words are the contract's.
 */
import { z } from 'zod';
import {
  messageFields,
  messageTextProblem,
  type MessageField,
} from '../../contracts/message-text.ts';

// Keyed by the lower-cased property: Citrix binds JSON properties case-insensitively (ASP.NET),
// so `text` or `TEXT` reaches users as surely as `Text` does, and each one is checked.
const checkedProperties: Record<string, Record<string, MessageField>> = {
  'sessions.sendMessage': {
    title: messageFields.sendMessageTitle,
    text: messageFields.sendMessageText,
  },
  'catalogs.updateImage': {
    warningtitle: messageFields.rolloutWarningTitle,
    warningmessage: messageFields.rolloutWarningMessage,
  },
};

const jsonObject = z.record(z.string(), z.unknown());

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Why this write's body may not be forwarded, in words, or null when it may (or has no text). */
export function messageBodyProblem(operationId: string, body: Buffer | null): string | null {
  const properties = checkedProperties[operationId];
  if (!properties || body === null) return null;
  // What cannot be read cannot be checked: refuse rather than forward it unchecked.
  const parsed = jsonObject.safeParse(parseJson(body));
  if (!parsed.success) {
    return 'Not sent: the request body is not a JSON object, so the text in it cannot be checked.';
  }
  for (const [key, value] of Object.entries(parsed.data)) {
    const field = properties[key.toLowerCase()];
    if (!field || value === null) continue;
    const name = `${field.name} (${key})`;
    const problem =
      typeof value === 'string' ? messageTextProblem(value, field, name) : `${name} must be text.`;
    if (problem) return `Not sent: ${lowerFirst(problem)}`;
  }
  return null;
}

const lowerFirst = (sentence: string) => sentence.charAt(0).toLowerCase() + sentence.slice(1);
