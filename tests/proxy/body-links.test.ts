/**
 * Rackspace image bodies link to the compute endpoint they came from (`images_links` next, each
 * image's self and bookmark). Over real HTTP against a fake cloud: those links come back as the
 * proxy's own paths, with a Content-Length that fits the rewritten body, while links elsewhere,
 * other answers and bodies over the size cap pass through byte for byte.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatorUpstreams } from '../../server/proxy/upstreams.ts';
import { cloudEnv, send, startConsole, type RunningConsole } from './support/console-server.ts';
import { fakeCredentials, json, startFakeCloud, type FakeCloud } from './support/fake-cloud.ts';

let fake: FakeCloud;
let consoleServer: RunningConsole;
const tenant = fakeCredentials.tenantId;

beforeAll(async () => {
  fake = await startFakeCloud();
  consoleServer = await startConsole(cloudEnv(), { upstreams: simulatorUpstreams(fake.url) });
});
afterAll(async () => {
  await consoleServer.close();
  await fake.close();
});

interface Link {
  rel: string;
  href: string;
  type?: string;
}
interface LinkedImage {
  id: string;
  links: Link[];
  server?: { id: string; links: Link[] };
}
interface ImagePage {
  images: LinkedImage[];
  images_links?: Link[];
}

/** The links Rackspace puts on an image (reference/rackspace-notes.md §1.5), on `compute`. */
function imageLinks(compute: string, account: string, id: string): Link[] {
  return [
    { rel: 'self', href: `${compute}/v2/${account}/images/${id}` },
    { rel: 'bookmark', href: `${compute}/${account}/images/${id}` },
    { rel: 'alternate', type: 'application/vnd.openstack.image', href: `${compute}/images/${id}` },
  ];
}

function detailPage(compute: string, account: string): ImagePage {
  return {
    images: [
      {
        id: 'img-1',
        links: imageLinks(compute, account, 'img-1'),
        server: {
          id: 'srv-1',
          links: [
            { rel: 'self', href: `${compute}/v2/${account}/servers/srv-1` },
            { rel: 'bookmark', href: `${compute}/${account}/servers/srv-1` },
          ],
        },
      },
      {
        id: 'img-2',
        links: [
          { rel: 'self', href: `https://glance.example/v2/${account}/images/img-2` },
          {
            rel: 'bookmark',
            href: `https://dfw.servers.api.rackspacecloud.com.evil.example/${account}/images/img-2`,
          },
        ],
      },
    ],
    images_links: [
      {
        rel: 'next',
        href: `${compute}/v2/${account}/images/detail?limit=2&name=ubuntu&marker=img-2`,
      },
    ],
  };
}

/** Answers like Rackspace: with the Content-Length of its own bytes, or in chunks without one. */
function answer(body: unknown, chunked = false) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    const text = JSON.stringify(body);
    if (!chunked) {
      return json(res, 200, body, { 'Content-Length': String(Buffer.byteLength(text)) });
    }
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
    res.write(text.slice(0, 40));
    setTimeout(() => res.end(text.slice(40)), 20);
  };
}

function expectExactLength(response: { headers: Record<string, unknown>; body: string }) {
  expect(response.headers['content-length']).toBe(String(Buffer.byteLength(response.body)));
}

describe('links in Rackspace image bodies', () => {
  it('point at the proxy on /images/detail: next, self, bookmark and the snapshot’s server', async () => {
    const compute = `${fake.url}/rackspace/dfw`;
    fake.script(`/rackspace/dfw/v2/${tenant}/images/detail`, answer(detailPage(compute, tenant)));
    const response = await send(
      consoleServer.url,
      `/api/rackspace/dfw/v2/${tenant}/images/detail?limit=2&name=ubuntu`,
    );
    expect(response.status).toBe(200);
    const page = response.json() as ImagePage;
    const proxy = `/api/rackspace/dfw/v2/${tenant}`;
    expect(page.images_links).toEqual([
      { rel: 'next', href: `${proxy}/images/detail?limit=2&name=ubuntu&marker=img-2` },
    ]);
    expect(page.images[0]!.links).toEqual([
      { rel: 'self', href: `${proxy}/images/img-1` },
      { rel: 'bookmark', href: `${proxy}/images/img-1` },
      // No tenant in it, so no proxy path stands for it: left as the cloud gave it.
      {
        rel: 'alternate',
        type: 'application/vnd.openstack.image',
        href: `${compute}/images/img-1`,
      },
    ]);
    expect(page.images[0]!.server!.links.map((link) => link.href)).toEqual([
      `${proxy}/servers/srv-1`,
      `${proxy}/servers/srv-1`,
    ]);
    // Other hosts, look-alikes included, are never turned into proxy paths.
    expect(page.images[1]!.links).toEqual(detailPage(compute, tenant).images[1]!.links);
    expectExactLength(response);
  });

  it('point at the proxy on /images/{id}, with the browser’s own token and any tenant', async () => {
    const compute = `${fake.url}/rackspace/ord`;
    fake.script(
      '/rackspace/ord/v2/555/images/img-9',
      answer({ image: detailPage(compute, '555').images[0] }),
    );
    const response = await send(consoleServer.url, '/api/rackspace/ord/v2/555/images/img-9', {
      headers: { 'X-Auth-Token': 'browser' },
    });
    const { image } = response.json() as { image: LinkedImage };
    expect(image.links.slice(0, 2)).toEqual([
      { rel: 'self', href: '/api/rackspace/ord/v2/555/images/img-1' },
      { rel: 'bookmark', href: '/api/rackspace/ord/v2/555/images/img-1' },
    ]);
    expectExactLength(response);
  });

  it('get a Content-Length that fits when the cloud sent the answer in chunks', async () => {
    const compute = `${fake.url}/rackspace/dfw`;
    fake.script(`/rackspace/dfw/v2/${tenant}/images`, answer(detailPage(compute, tenant), true));
    const response = await send(consoleServer.url, `/api/rackspace/dfw/v2/${tenant}/images`);
    expect((response.json() as ImagePage).images[0]!.links[0]!.href).toBe(
      `/api/rackspace/dfw/v2/${tenant}/images/img-1`,
    );
    expectExactLength(response);
  });

  it('stay as they are in a body over the size cap, which is streamed unchanged', async () => {
    const compute = `${fake.url}/rackspace/dfw`;
    const page = detailPage(compute, tenant);
    const padded = { ...page, padding: 'x'.repeat(1024 * 1024) };
    fake.script(`/rackspace/dfw/v2/${tenant}/images/big`, answer(padded, true));
    const response = await send(consoleServer.url, `/api/rackspace/dfw/v2/${tenant}/images/big`);
    expect(response.status).toBe(200);
    expect(response.body).toBe(JSON.stringify(padded));
  });

  it('stay as they are in an answer that is not JSON, or not a success', async () => {
    const compute = `${fake.url}/rackspace/dfw`;
    const text = JSON.stringify(detailPage(compute, tenant));
    fake.script(`/rackspace/dfw/v2/${tenant}/images/as-text`, (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(text);
    });
    fake.script(`/rackspace/dfw/v2/${tenant}/images/refused`, (_req, res) =>
      json(res, 400, detailPage(compute, tenant)),
    );
    const asText = await send(consoleServer.url, `/api/rackspace/dfw/v2/${tenant}/images/as-text`);
    expect(asText.body).toBe(text);
    const refused = await send(consoleServer.url, `/api/rackspace/dfw/v2/${tenant}/images/refused`);
    expect(refused.status).toBe(400);
    expect(refused.body).toBe(text);
  });

  it('are not looked for in other answers, which keep streaming untouched', async () => {
    const body = { links: [{ rel: 'self', href: `${fake.url}/cvad/manage/Jobs/j1` }] };
    fake.script('/cvad/manage/Jobs/linked', answer(body));
    const response = await send(consoleServer.url, '/api/cvad/manage/Jobs/linked', {
      headers: { Authorization: 'CwsAuth bearer=browser' },
    });
    expect(response.body).toBe(JSON.stringify(body));
  });
});
