/** Why the store could not open, in words an operator can act on, with no password in them. */

/** DATABASE_URL as it may be shown: the password replaced by `***`. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    // Not a URL (a key=value connection string, or a typo): show its shape, never its secret.
    return url.replace(/(password\s*=\s*)\S+/gi, '$1***').replace(/:[^:@/]*@/, ':***@');
  }
}

const networkReasons: Record<string, string> = {
  ECONNREFUSED: 'connection refused (is the server running, on that host and port?)',
  ENOTFOUND: 'the host name was not found',
  EAI_AGAIN: 'the host name could not be looked up',
  ETIMEDOUT: 'the server did not answer in time',
  ECONNRESET: 'the connection was reset',
  EHOSTUNREACH: 'the host is unreachable',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
};

const pgliteReasons: Record<string, string> = {
  'PGlite failed to initialize properly':
    'the embedded database could not start on it (not a data directory of this console version, or damaged)',
  'Aborted()': 'the embedded database stopped while reading it (damaged or not a data directory)',
};

/** One sentence fragment (no final period) for `error`; `url`'s password never appears in it. */
export function describeFailure(error: unknown, url?: string): string {
  const inner =
    error instanceof AggregateError && error.errors[0] !== undefined ? error.errors[0] : error;
  const code = (inner as { code?: unknown } | null)?.code;
  const message = inner instanceof Error ? inner.message : String(inner);
  let reason =
    (typeof code === 'string' ? networkReasons[code] : undefined) ??
    pgliteReasons[message] ??
    (inner instanceof Error && inner.name === 'ErrnoError'
      ? `the file system refused it (error ${String((inner as { errno?: unknown }).errno)})`
      : message);
  reason = reason.trim().replace(/\.$/, '') || 'unknown error';
  return url ? hideSecret(reason, url) : reason;
}

function hideSecret(text: string, url: string): string {
  let secrets: string[];
  try {
    const { password } = new URL(url);
    secrets = [password, decodeURIComponent(password)].filter((secret) => secret !== '');
  } catch {
    return text;
  }
  return secrets.reduce((hidden, secret) => hidden.split(secret).join('***'), text);
}
