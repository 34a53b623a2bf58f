import { messageFields, messageTextProblem } from '../../../contracts/message-text.ts';
import type { SessionMessage } from '../../api/citrix/sessions.ts';

export interface MessageProblems {
  Title: string | null;
  Text: string | null;
}

/** Why each field of the message cannot be sent, in words; the fields and Send read the same. */
export function messageProblems(message: SessionMessage): MessageProblems {
  const onlySpaces = message.Text !== '' && message.Text.trim() === '';
  return {
    Title: messageTextProblem(message.Title, messageFields.sendMessageTitle),
    Text:
      messageTextProblem(message.Text, messageFields.sendMessageText) ??
      (onlySpaces ? 'Only spaces so far: write the text users will see.' : null),
  };
}

/** Send waits for some text, and for every field to be fine. */
export function canSendMessage(message: SessionMessage): boolean {
  const problems = messageProblems(message);
  return message.Text.trim() !== '' && problems.Title === null && problems.Text === null;
}
