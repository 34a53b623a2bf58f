/**
 * Where to send a person after sign-in. Only a path on the console itself: anything that could
 * leave the origin (`//evil.example`, `/\evil.example`, `https://…`) becomes `/`, so the sign-in
 * link cannot be used to bounce a freshly signed-in admin to another site.
 */
const maxLength = 2048;

export function safeReturnTo(value: string | null | undefined, publicUrl: string): string {
  if (!value || value.length > maxLength) return '/';
  // A single leading slash, and no backslash or control character anywhere (browsers treat
  // `\` as `/` and drop tabs and newlines, which turns `/\t/evil` into `//evil`).
  if (!value.startsWith('/') || value.startsWith('//') || hasBackslashOrControl(value)) return '/';
  const origin = new URL(publicUrl).origin;
  let resolved: URL;
  try {
    resolved = new URL(value, origin);
  } catch {
    return '/';
  }
  if (resolved.origin !== origin) return '/';
  // Returning into /auth/ (the callback, sign-out) would only loop.
  if (resolved.pathname === '/auth' || resolved.pathname.startsWith('/auth/')) return '/';
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

function hasBackslashOrControl(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f || code === 0x5c) return true;
  }
  return false;
}
