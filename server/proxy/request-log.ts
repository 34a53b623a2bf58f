/**
 * One line per request (with CONSOLE_LOG=1). Only header values that passed redactHeaders are
 * ever printed, and never query strings, so tokens and secrets cannot end up in a log file.
 */
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
}

export function formatRequestLine(entry: RequestLogEntry): string {
  const line = `[console-proxy] ${entry.method} ${entry.path} -> ${entry.status} in ${Math.round(entry.durationMs)} ms (auth: ${entry.auth}${entry.actor ? `, by ${entry.actor}` : ''})`;
  if (entry.status < 400 || !entry.upstreamHeaders) return line;
  return `${line} upstream headers ${JSON.stringify(redactHeaders(entry.upstreamHeaders))}`;
}
