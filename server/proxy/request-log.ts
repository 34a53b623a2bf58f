/**
 * One line per request (with CONSOLE_LOG=1). Only header values that passed redactHeaders are
 * ever printed, and never query strings, so tokens and secrets cannot end up in a log file.
 */
import type { AnswerEnding } from './answer-ending.ts';
import { redactHeaders } from './headers.ts';

export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  /** Whose credentials the request carried upstream. */
  auth: 'browser' | 'server' | 'none';
  /** The signed-in person's subject (an opaque id, not a secret). */
  actor?: string;
  /** Headers sent upstream; printed (redacted) for failed requests only, to help debugging. */
  upstreamHeaders?: Record<string, string>;
  /** How the answer ended; a cut one is never written as a plain status. Complete by default. */
  ending?: AnswerEnding;
}

export function formatRequestLine(entry: RequestLogEntry): string {
  const ending: AnswerEnding = entry.ending ?? { kind: 'complete' };
  const line = `[console-proxy] ${entry.method} ${entry.path} -> ${outcome(entry.status, ending)} in ${Math.round(entry.durationMs)} ms (auth: ${entry.auth}${entry.actor ? `, by ${entry.actor}` : ''})`;
  const failed = entry.status >= 400 || ending.kind === 'cut';
  if (!failed || !entry.upstreamHeaders) return line;
  return `${line} upstream headers ${JSON.stringify(redactHeaders(entry.upstreamHeaders))}`;
}

/** `200`, `200 cut after 512 bytes`, `aborted by client before an answer`. */
function outcome(status: number, ending: AnswerEnding): string {
  if (ending.kind === 'complete') return String(status);
  const how = ending.by === 'client' ? 'aborted by client' : 'cut';
  // Before the head went out the status is Node's default, not an answer anyone saw.
  if (ending.bodyBytes === null) return `${how} before an answer`;
  return `${status} ${how} after ${ending.bodyBytes} bytes`;
}
