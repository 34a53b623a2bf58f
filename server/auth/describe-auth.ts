/** The start-up log's lines about sign-in. Names the IdP and the demo password, never a real secret. */
import type { AuthSettings } from './settings.ts';

export function describeAuth(settings: AuthSettings, publicUrl: string | null): string[] {
  if (settings.authMode === 'none') {
    return [
      'Sign-in: off (CONSOLE_AUTH=none) — everyone who reaches this console acts as a local ' +
        'administrator, so it must listen on loopback only.',
    ];
  }
  const provider = settings.identityProvider;
  const lifetimes =
    `Sessions: end after ${settings.sessionIdleMs / 60_000} min idle, ` +
    `${settings.sessionMaxMs / 3_600_000} h at most.`;
  if (provider.kind === 'embedded') {
    const password = provider.demoPasswordIsDefault
      ? `${provider.demoPassword} (SIM_DEMO_PASSWORD)`
      : 'the value of SIM_DEMO_PASSWORD';
    return [
      `Sign-in: the simulator's demo identity provider at ${publicUrl ?? 'the console’s address'}/idp`,
      `Demo accounts: admin, helpdesk, viewer — password: ${password}`,
      lifetimes,
    ];
  }
  const { claim, map } = settings.roleRules;
  const roleSource = map
    ? `CONSOLE_ROLE_MAP (${[...map].map(([value, role]) => `${value}=${role}`).join(', ')})`
    : 'values admin, helpdesk, viewer';
  return [
    `Sign-in: OpenID Connect at ${provider.issuerUrl} as client ${provider.clientId}`,
    `Roles: from the "${claim}" claim (or "groups"), ${roleSource}`,
    lifetimes,
  ];
}
