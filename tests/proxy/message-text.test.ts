/**
 * Text that reaches users' screens (a session message, a rollout's restart warning) is checked by
 * the proxy too, over real HTTP: a script calling /api directly gets the forms' rules, a 400 in
 * words and a refusal in the audit trail, and the cloud never hears of the request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxyErrorSchema } from '../../contracts/console-api.ts';
import { auditPageSchema, type Role } from '../../contracts/identity-api.ts';
import { startSignedInConsole, type SignedInConsole } from './support/signed-in-console.ts';

let running: SignedInConsole;
let catalogBase: string;

beforeAll(async () => {
  running = await startSignedInConsole();
  const connection = (await call('/api/connection', 'viewer').then((r) => r.json())) as {
    citrix: { customerId: string; siteId: string };
  };
  catalogBase = `/api/catalogservice/${connection.citrix.customerId}/${connection.citrix.siteId}`;
});
afterAll(() => running?.close());

function call(path: string, role: Role, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set('Cookie', running.cookies[role]);
  headers.set('Content-Type', 'application/json');
  return fetch(`${running.url}${path}`, { ...init, headers });
}

/** POSTs a raw body and says what the proxy answered and whether the cloud was asked. */
async function post(path: string, role: Role, body: string) {
  const seenBefore = running.relay.seen.length;
  const response = await call(path, role, { method: 'POST', body });
  const reachedCloud = running.relay.seen.slice(seenBefore).some((line) => line.startsWith('POST'));
  return { response, reachedCloud };
}

async function refusalWords(response: Response) {
  expect(response.status).toBe(400);
  const { error } = proxyErrorSchema.parse(await response.json());
  expect(error.code).toBe('bad_request');
  return error.message;
}

const sendMessage = (sessionId: string) =>
  `/api/cvad/manage/Sessions/${sessionId}/$sendMessage?async=true`;

describe('a session message sent straight to /api', () => {
  it('is refused when the text hides a right-to-left override, and recorded as a refusal', async () => {
    const { response, reachedCloud } = await post(
      sendMessage('rlo-probe'),
      'helpdesk',
      JSON.stringify({ Title: 'IT', Text: 'Open invoice\u202Efdp.exe', Style: 'Information' }),
    );
    expect(await refusalWords(response)).toBe(
      'Not sent: the message (Text) contains an invisible right-to-left override character (U+202E), which can make the text read differently from what was typed; remove it.',
    );
    expect(reachedCloud).toBe(false);

    const page = auditPageSchema.parse(
      await call('/api/audit?operation=sessions.sendMessage&outcome=refused', 'viewer').then((r) =>
        r.json(),
      ),
    );
    const record = page.items.find((item) => item.path.includes('/rlo-probe/'));
    expect(record).toMatchObject({ outcome: 'refused', actor: { name: 'Harper Helpdesk' } });
    expect(record?.reason).toContain('right-to-left override');
  });

  it.each([
    ['a NUL written as a JSON escape', '{"Title":"a\\u0000b","Text":"Hello"}', 'NUL character'],
    ['an override under another key casing', '{"text":"x\\u202eexe"}', 'override'],
    ['a line break in the title', '{"Title":"one\\ntwo","Text":"Hello"}', 'one line'],
    ['text over 4000 characters', JSON.stringify({ Text: 'x'.repeat(4001) }), 'limit is 4000'],
    ['a title that is not text', '{"Title":["\\u202e"],"Text":"Hello"}', 'must be text'],
    ['a body that is not JSON', 'Text=hello', 'not a JSON object'],
  ])('is refused for %s, before the cloud hears of it', async (_what, body, words) => {
    const { response, reachedCloud } = await post(sendMessage('probe'), 'helpdesk', body);
    expect(await refusalWords(response)).toContain(words);
    expect(reachedCloud).toBe(false);
  });

  it('goes on to the cloud when the text is clean, line breaks and Hebrew included', async () => {
    const { response, reachedCloud } = await post(
      sendMessage('no-such-session'),
      'helpdesk',
      JSON.stringify({ Title: 'עדכון', Text: 'Line one\r\nLine two\tend' }),
    );
    expect(response.ok).toBe(false); // nothing by that id, said by the cloud, not the proxy
    expect(reachedCloud).toBe(true);
  });
});

describe('a rollout’s restart warning sent straight to /api', () => {
  const updateImage = () => `${catalogBase}/catalogs/no-such-catalog/$updateImage?async=true`;

  it.each([
    [
      'warningTitle',
      { warningTitle: 'Restart\u2066 tonight' },
      'the warning title (warningTitle) contains an invisible left-to-right isolate character (U+2066)',
    ],
    [
      'WarningMessage',
      { WarningMessage: `In %m% minutes ${'x'.repeat(4000)}` },
      'the warning message (WarningMessage) is 4015 characters long; the limit is 4000.',
    ],
  ])('is refused for a bad %s, before the cloud hears of it', async (_key, fields, words) => {
    const { response, reachedCloud } = await post(
      updateImage(),
      'admin',
      JSON.stringify({ templateId: 'img', vdaUpdateDelay: 30, ...fields }),
    );
    expect(await refusalWords(response)).toContain(words);
    expect(reachedCloud).toBe(false);
  });

  it('goes on to the cloud when the warning is clean', async () => {
    const { response, reachedCloud } = await post(
      updateImage(),
      'admin',
      JSON.stringify({
        templateId: 'img',
        vdaUpdateDelay: 30,
        warningTitle: 'Patch night',
        warningMessage: 'Restarting in %m% minutes.\nSave your work.',
      }),
    );
    expect(response.ok).toBe(false); // nothing by that id, said by the cloud, not the proxy
    expect(reachedCloud).toBe(true);
  });
});
