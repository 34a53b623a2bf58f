/**
 * Paths that look like one thing here and another to the next server. This server and the one
 * behind it (or a static file server and its file system) decode, normalise and split a path
 * each in their own way: `..;` is an ordinary name here but `..` to Tomcat, which drops `;`
 * parameters; `%EF%BC%8E%EF%BC%8E` is `..` to a server that Unicode-normalises (NFKC, Windows'
 * best-fit mapping). The allowlist and the audit trail describe the path as this server reads
 * it, so a path whose meaning could change on the way is refused, never passed on.
 *
 * Knows nothing of `/api`: the production server checks every path with it too.
 */

/** Layers of percent-encoding looked through: some chains decode twice (a proxy, then the app). */
const maxDecodings = 3;

/**
 * Why the path of `rawUrl` (a request target, `/path?query`) is refused, as a clause naming the
 * segment (`segment "..;" carries ";" parameters, …`), or null when the path is fine. The query
 * is not looked at: it is data, never a step of the path. Empty segments are left to the caller
 * (`/images/` is a page; the `/api` routes refuse them).
 */
export function pathProblem(rawUrl: string): string | null {
  const queryStart = rawUrl.indexOf('?');
  const path = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
  for (const segment of path.split('/')) {
    const problem = segmentProblem(segment);
    if (problem) return `segment ${JSON.stringify(segment)} ${problem}`;
  }
  return null;
}

function segmentProblem(raw: string): string | null {
  // A fragment is never part of a request; a server that parses the path as a URL ends it at `#`
  // (`POST /Sessions/s1#/$logoff` passes as a log-off and arrives as `POST /Sessions/s1`).
  if (raw.includes('#')) return 'holds a raw "#", where a URL would end';
  // Browsers percent-encode non-ASCII; raw bytes are read as Latin-1 here, UTF-8 elsewhere.
  if (/[\u0080-\uffff]/.test(raw))
    return 'holds raw non-ASCII characters; send them percent-encoded';
  let form = raw;
  for (let decodings = 0; decodings <= maxDecodings; decodings += 1) {
    const normalised = form.normalize('NFKC');
    const problem = formProblem(normalised, {
      decoded: decodings > 0,
      normalised: normalised !== form,
    });
    if (problem) return problem;
    let decoded: string;
    try {
      decoded = decodeURIComponent(normalised);
    } catch {
      // Only the segment as sent must be valid; a decoded `%` is a literal one (`100%25`).
      return decodings === 0 ? 'is not valid percent-encoding' : null;
    }
    if (decoded === normalised) return null;
    form = decoded;
  }
  return `is still percent-encoded after ${maxDecodings} decodings`;
}

function formProblem(text: string, how: { decoded: boolean; normalised: boolean }): string | null {
  // NUL ends a name in C and in file systems; CR and LF split headers and log lines.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text)) return 'holds a control character';
  if (text.includes(';')) return 'carries ";" parameters, which some servers drop and others keep';
  // Servers that decode before they route split on it (Apache refuses it, others pass it on).
  if (text.includes('/')) return 'hides a "/" inside one segment';
  if (text === '.' || text === '..') return `is a "${text}" step${once(how)}`;
  // Backslashes stay: Citrix names are `DOMAIN\machine`. But Windows servers also split on them.
  const step = text.split('\\').find((part) => part === '.' || part === '..');
  if (step) return `holds a "${step}" step between backslashes${once(how)}`;
  return null;
}

function once(how: { decoded: boolean; normalised: boolean }): string {
  if (how.decoded && how.normalised) return ' once decoded and Unicode-normalised';
  if (how.decoded) return ' once decoded';
  if (how.normalised) return ' once Unicode-normalised';
  return '';
}
