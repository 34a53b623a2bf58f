import { describe, expect, it } from 'vitest';
import { ConfigError } from '../proxy/config.ts';
import { createHostPolicy } from './host-policy.ts';

describe('createHostPolicy', () => {
  const policy = createHostPolicy({
    publicUrl: 'https://console.example.com',
    allowedHosts: 'console.internal, .pods.example.net',
  });

  it.each([
    'console.example.com',
    'Console.Example.COM:443',
    'console.example.com.',
    'console.internal:8080',
    'pods.example.net',
    'a.pods.example.net:8080',
    'localhost:8080',
    'app.localhost',
    '127.0.0.1:8080',
    '10.1.2.3',
    '[::1]:8080',
  ])('serves Host: %s', (host) => {
    expect(policy.refusal(host)).toBeNull();
  });

  it.each([
    ['attacker.example', /does not answer for "attacker\.example".*CONSOLE_ALLOWED_HOSTS/],
    ['console.example.com.attacker.example', /does not answer/],
    ['evilpods.example.net', /does not answer/],
    ['127.0.0.1.nip.io', /does not answer/],
    ['user@console.example.com', /not a host name/],
    ['console.example.com/x', /not a host name/],
    ['', /no Host header/],
  ])('refuses Host: %s, in words', (host, reason) => {
    expect(policy.refusal(host)?.reason).toMatch(reason);
  });

  it('refuses a missing Host header', () => {
    expect(policy.refusal(undefined)).toEqual({
      status: 400,
      reason: expect.stringMatching(/no Host header/),
    });
  });

  it('without PUBLIC_URL or CONSOLE_ALLOWED_HOSTS serves only IP literals and loopback names', () => {
    const bare = createHostPolicy({ publicUrl: null, allowedHosts: undefined });
    expect(bare.refusal('localhost:8080')).toBeNull();
    expect(bare.refusal('192.168.1.5:8080')).toBeNull();
    expect(bare.refusal('console.example.com')).toEqual({
      status: 421,
      reason: expect.stringMatching(/does not answer/),
    });
  });

  it('says what is wrong with a CONSOLE_ALLOWED_HOSTS entry', () => {
    const bad = () =>
      createHostPolicy({ publicUrl: null, allowedHosts: 'https://console.example.com' });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow(/"https:\/\/console\.example\.com" is not a host name/);
    expect(() => createHostPolicy({ publicUrl: null, allowedHosts: 'a.example:8080' })).toThrow(
      /no scheme, port or path/,
    );
  });
});

it('names the hosts it answers, for the start-up log', () => {
  const policy = createHostPolicy({
    publicUrl: 'https://console.example.com',
    allowedHosts: '.pods.example.net',
  });
  expect(policy.describe()).toBe(
    'Answers requests for .pods.example.net, console.example.com, IP addresses, localhost ' +
      '(PUBLIC_URL and CONSOLE_ALLOWED_HOSTS add names).',
  );
});
