import { createRandom } from '../random.ts';
import { companies, firstNames, lastNames } from './vocabulary.ts';

export interface CitrixCustomer {
  /** Citrix Cloud customer ID, lowercase base-36 like `loy6oujtu6a4`. */
  id: string;
  name: string;
  /** Active Directory NetBIOS name (`CONTOSO`) and DNS domain, used for user and machine names. */
  netbiosDomain: string;
  dnsDomain: string;
  site: { id: string; name: string };
  zone: { id: string; name: string };
  /** The administrator behind the demo API client, reported by `GET /cvad/manage/me`. */
  admin: { userId: string; displayName: string; email: string };
  azureSubscriptions: readonly { id: string; name: string }[];
}

export interface DemoCredentials {
  citrix: { customerId: string; clientId: string; clientSecret: string };
  rackspace: { username: string; apiKey: string; password: string; tenantId: string };
}

export function generateCustomer(
  seed: number,
  azureSubscriptionNames: readonly string[],
): CitrixCustomer {
  const random = createRandom(seed, 'customer');
  const company = random.pick(companies);
  const adminFirst = random.pick(firstNames);
  const adminLast = random.pick(lastNames);
  return {
    id: random.base36(12),
    name: company.name,
    netbiosDomain: company.netbios,
    dnsDomain: company.dnsDomain,
    // Citrix DaaS gives every customer one virtual site; its name is always `cloudxdsite`.
    site: { id: random.guid(), name: 'cloudxdsite' },
    zone: { id: random.guid(), name: `${company.netbios.toLowerCase()}-primary` },
    admin: {
      userId: random.guid(),
      displayName: `${adminFirst} ${adminLast}`,
      email:
        `${adminFirst}.${adminLast}@${company.dnsDomain.split('.').slice(-2).join('.')}`.toLowerCase(),
    },
    azureSubscriptions: azureSubscriptionNames.map((name) => ({ id: random.guid(), name })),
  };
}

/** Demo credentials are derived from the seed too, so they stay the same across restarts. */
export function generateDemoCredentials(seed: number, customerId: string): DemoCredentials {
  const random = createRandom(seed, 'credentials');
  return {
    citrix: { customerId, clientId: random.guid(), clientSecret: random.base36(24) },
    rackspace: {
      username: 'daas-demo',
      apiKey: random.hex(32),
      password: `Demo-${random.base36(12)}`,
      tenantId: String(random.int(800_000, 999_999)),
    },
  };
}
