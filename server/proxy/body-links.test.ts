import { describe, expect, it } from 'vitest';
import { jsonLinkRewriter } from './body-links.ts';
import { knownBases } from './location.ts';
import { cloudUpstreams } from './upstreams.ts';

// The shapes of reference/rackspace-notes.md §1 (an `/images/detail` page), on the real hosts.
const compute = 'https://dfw.servers.api.rackspacecloud.com';
const id = '0a1b2c3d-0000-4000-8000-000000000001';
const page = {
  images: [
    {
      id,
      links: [
        { rel: 'self', href: `${compute}/v2/123456/images/${id}` },
        { rel: 'bookmark', href: `${compute}/123456/images/${id}` },
        {
          rel: 'alternate',
          type: 'application/vnd.openstack.image',
          href: `${compute}/images/${id}`,
        },
        { rel: 'alternate', href: `http://glance.api.rackspacecloud.com/123456/images/${id}` },
      ],
      server: {
        id: 'srv-1',
        links: [
          { rel: 'self', href: `${compute}/v2/123456/servers/srv-1` },
          { rel: 'bookmark', href: `${compute}/123456/servers/srv-1` },
        ],
      },
    },
  ],
  images_links: [{ rel: 'next', href: `${compute}/v2/123456/images/detail?limit=2&marker=${id}` }],
};
const request = `${compute}/v2/123456/images/detail?limit=2`;
const serverToken = knownBases(cloudUpstreams('us'), [
  { region: 'DFW', publicURL: `${compute}/v2/123456`, tenantId: '123456' },
]);
const browserToken = knownBases(cloudUpstreams('us'), [], { region: 'DFW', tenant: '123456' });

function rewritten(bases: typeof serverToken, body: unknown = page) {
  const rewrite = jsonLinkRewriter('rackspace.images.read', request, bases)!;
  const text = rewrite(JSON.stringify(body));
  return text === null ? null : (JSON.parse(text) as typeof page);
}

describe('jsonLinkRewriter', () => {
  it.each([
    ['the account of the server’s token', serverToken],
    ['the account a browser’s token named', browserToken],
  ])('rewrites next, self and bookmark on the compute host, for %s', (_who, bases) => {
    const body = rewritten(bases)!;
    const proxy = '/api/rackspace/dfw/v2/123456';
    expect(body.images_links[0]!.href).toBe(`${proxy}/images/detail?limit=2&marker=${id}`);
    expect(body.images[0]!.links.map((link) => link.href)).toEqual([
      `${proxy}/images/${id}`,
      `${proxy}/images/${id}`,
      `${compute}/images/${id}`,
      `http://glance.api.rackspacecloud.com/123456/images/${id}`,
    ]);
    expect(body.images[0]!.server.links.map((link) => link.href)).toEqual([
      `${proxy}/servers/srv-1`,
      `${proxy}/servers/srv-1`,
    ]);
  });

  it('leaves another tenant’s bookmark, look-alike hosts and Citrix hosts as they are', () => {
    const foreign = {
      image: {
        id,
        links: [
          { rel: 'bookmark', href: `${compute}/999/images/${id}` },
          {
            rel: 'self',
            href: `https://dfw.servers.api.rackspacecloud.com.evil.example/v2/123456/images/${id}`,
          },
          { rel: 'self', href: `http://dfw.servers.api.rackspacecloud.com/v2/123456/images/${id}` },
          {
            rel: 'self',
            href: `https://user@dfw.servers.api.rackspacecloud.com/v2/123456/images/${id}`,
          },
          { rel: 'self', href: `https://api-us.cloud.com/catalogservice/c/s/images/${id}` },
        ],
      },
    };
    expect(rewritten(serverToken, foreign)).toBeNull();
  });

  it('passes on text that is not JSON, and answers of other operations, untouched', () => {
    expect(
      jsonLinkRewriter('rackspace.images.read', request, serverToken)!('{"images": ['),
    ).toBeNull();
    expect(jsonLinkRewriter('sessions.read', request, serverToken)).toBeNull();
  });
});
