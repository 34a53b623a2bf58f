/** Reads a small `application/x-www-form-urlencoded` body (a sign-in form), refusing large ones. */
import type { IncomingMessage } from 'node:http';

export class FormTooLarge extends Error {
  override name = 'FormTooLarge';
}

export async function readForm(
  req: IncomingMessage,
  maxBytes = 16 * 1024,
): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) throw new FormTooLarge('The form is larger than a sign-in form can be.');
    chunks.push(buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
