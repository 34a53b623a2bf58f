/**
 * The request log (CONSOLE_LOG=1) says how each answer really ended: an answer cut mid-body is
 * not a 200 to whoever reads the log while chasing a half-rendered page.
 */
import { request, type ClientRequest } from 'node:http';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { simulatorUpstreams } from '../../server/proxy/upstreams.ts';
import { cloudEnv, startConsole, type RunningConsole } from './support/console-server.ts';
import { startFakeCloud, type FakeCloud } from './support/fake-cloud.ts';

let fake: FakeCloud;
let consoleServer: RunningConsole;
const browserAuth = { Authorization: 'CwsAuth bearer=browser' };

beforeAll(async () => {
  fake = await startFakeCloud();
  consoleServer = await startConsole(cloudEnv({ CONSOLE_LOG: '1' }), {
    upstreams: simulatorUpstreams(fake.url),
  });
  // Promises 100 bytes, sends 10, hangs up.
  fake.script('/cvad/manage/Sessions/cut', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' });
    res.write('{"Items":[', () => res.socket?.destroy());
  });
  // Sends a first part, then nothing more for as long as the browser waits.
  fake.script('/cvad/manage/Sessions/endless', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.write('first;');
  });
  fake.script('/cvad/manage/Jobs/silent', () => undefined);
});
afterAll(async () => {
  await consoleServer.close();
  await fake.close();
});

/** A GET that resolves with what arrived once the connection ends, however it ends. */
function getUntilClosed(path: string, onChunk: (req: ClientRequest) => void = () => undefined) {
  const target = new URL(consoleServer.url);
  return new Promise<string>((resolve) => {
    const req = request({ host: target.hostname, port: target.port, path, headers: browserAuth });
    let text = '';
    req.on('response', (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        onChunk(req);
      });
      res.on('error', () => undefined);
      res.on('close', () => resolve(text));
    });
    req.on('error', () => resolve(text));
    req.end();
  });
}

async function logLineFor(path: string): Promise<string> {
  return vi.waitFor(() => {
    const line = consoleServer.logLines.find((text) => text.includes(` ${path} -> `));
    if (!line) throw new Error(`no log line for ${path} yet`);
    return line;
  });
}

it('writes the status of an answer sent whole', async () => {
  const path = '/api/cvad/manage/Sessions/whole';
  expect(await getUntilClosed(path)).toContain('"method":"GET"');
  expect(await logLineFor(path)).toMatch(/ -> 200 in \d+ ms \(auth: browser/);
});

it('says an answer the cloud cut off mid-body was cut, and after how much', async () => {
  const path = '/api/cvad/manage/Sessions/cut';
  expect(await getUntilClosed(path)).toBe('{"Items":[');
  expect(await logLineFor(path)).toMatch(/ -> 200 cut after 10 bytes in \d+ ms/);
});

it('says the browser went away mid-body', async () => {
  const path = '/api/cvad/manage/Sessions/endless';
  expect(await getUntilClosed(path, (req) => req.destroy())).toBe('first;');
  expect(await logLineFor(path)).toMatch(/ -> 200 aborted by client after 6 bytes in \d+ ms/);
});

it('says the browser went away before any answer', async () => {
  const path = '/api/cvad/manage/Jobs/silent';
  const target = new URL(consoleServer.url);
  const req = request({ host: target.hostname, port: target.port, path, headers: browserAuth });
  req.on('error', () => undefined);
  req.end();
  await vi.waitFor(() => {
    if (!fake.requests.some((seen) => seen.url === '/cvad/manage/Jobs/silent')) {
      throw new Error('the cloud has not been asked yet');
    }
  });
  req.destroy();
  expect(await logLineFor(path)).toMatch(/ -> aborted by client before an answer in \d+ ms/);
});
