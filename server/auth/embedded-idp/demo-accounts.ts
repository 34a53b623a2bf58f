/**
 * The people of the simulator's demo identity provider: one per console role, sharing one
 * password (SIM_DEMO_PASSWORD, `demo` by default), so anyone trying the console can see what
 * each role may do.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export interface IdpAccount {
  /** What the person types as Username; also their subject (`sub`). */
  username: string;
  /** Claims the IdP releases: `name`, `email`, `roles` or `groups`… */
  claims: Record<string, unknown>;
}

export const demoAccounts: readonly IdpAccount[] = [
  {
    username: 'admin',
    claims: { name: 'Avery Admin', email: 'avery.admin@example.com', roles: ['admin'] },
  },
  {
    username: 'helpdesk',
    claims: { name: 'Harper Helpdesk', email: 'harper.helpdesk@example.com', roles: ['helpdesk'] },
  },
  {
    username: 'viewer',
    claims: { name: 'Vic Viewer', email: 'vic.viewer@example.com', roles: ['viewer'] },
  },
];

/** The account whose username and password both match, or null (in the same time either way). */
export function checkPassword(
  accounts: readonly IdpAccount[],
  expectedPassword: string,
  username: string,
  password: string,
): IdpAccount | null {
  const account = accounts.find((candidate) => candidate.username === username.trim()) ?? null;
  // Hashing first gives equal lengths, which timingSafeEqual needs.
  const digest = (text: string) => createHash('sha256').update(text).digest();
  const passwordMatches = timingSafeEqual(digest(password), digest(expectedPassword));
  return account && passwordMatches ? account : null;
}
