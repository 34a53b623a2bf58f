/**
 * A seeded person the person-view tests can act on, read through the console's proxy as the
 * browser reads it, so the tests pick real people instead of hard-coded names.
 */
import { readJson } from './catalog-facts.ts';

export interface SeededSession {
  Id: string;
  User: { Name: string; DisplayName: string };
  Machine: { Id: string; Name: string };
}

/** The first person (among 1,000 sessions) with sessions on two machines or more. */
export async function personOnTwoMachines(consoleUrl: string, cookie: string) {
  const { Items } = await readJson<{ Items: SeededSession[] }>(
    `${consoleUrl}/api/cvad/manage/Sessions?limit=1000`,
    cookie,
  );
  const machinesOf = new Map<string, Set<string>>();
  for (const session of Items) {
    const machines = machinesOf.get(session.User.Name) ?? new Set<string>();
    machinesOf.set(session.User.Name, machines.add(session.Machine.Id));
  }
  const [account, machineIds] = [...machinesOf].find(([, machines]) => machines.size >= 2)!;
  const sessions = Items.filter((s) => s.User.Name === account);
  return {
    /** `DOMAIN\name`. */
    account,
    displayName: sessions[0]!.User.DisplayName,
    /** Their machines' IDs, in the order their sessions were listed. */
    machineIds: [...machineIds],
    machineNames: [...new Set(sessions.map((s) => s.Machine.Name))],
    /** Their sessions on one machine. */
    sessionsOn: (machineId: string) => sessions.filter((s) => s.Machine.Id === machineId),
  };
}
