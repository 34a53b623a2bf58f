/**
 * Where the demo IdP keeps its sessions, codes and grants: memory of this process, on purpose
 * (the console's own sessions are in the database; the demo IdP's may end with a restart).
 * Written here rather than relying on oidc-provider's default, whose start-up warning is
 * addressed to production deployments and would only confuse the simulator's log.
 */
import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  expiresAt: number;
}

/** One store per provider, so two demo IdPs in one process (tests) never share state. */
export function createMemoryAdapter(): AdapterFactory {
  const entries = new Map<string, Entry>();
  let writes = 0;
  const live = (key: string) => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= Date.now()) entries.delete(key);
    return entry && entry.expiresAt > Date.now() ? entry.payload : undefined;
  };
  const sweep = () => {
    const now = Date.now();
    for (const [key, entry] of entries) if (entry.expiresAt <= now) entries.delete(key);
  };
  const findWhere = (model: string, matches: (payload: AdapterPayload) => boolean) => {
    for (const key of entries.keys()) {
      if (!key.startsWith(`${model}:`)) continue;
      const payload = live(key);
      if (payload && matches(payload)) return payload;
    }
    return undefined;
  };

  return (model): Adapter => ({
    async upsert(id, payload, expiresIn) {
      const expiresAt = expiresIn === undefined ? Infinity : Date.now() + expiresIn * 1000;
      entries.set(`${model}:${id}`, { payload, expiresAt });
      // The demo is small; an occasional full pass keeps abandoned sign-ins from piling up.
      if (++writes % 200 === 0) sweep();
    },
    find: async (id) => live(`${model}:${id}`),
    findByUid: async (uid) => findWhere(model, (payload) => payload.uid === uid),
    findByUserCode: async (userCode) =>
      findWhere(model, (payload) => payload.userCode === userCode),
    async consume(id) {
      const payload = live(`${model}:${id}`);
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
    },
    async destroy(id) {
      entries.delete(`${model}:${id}`);
    },
    async revokeByGrantId(grantId) {
      for (const [key, entry] of entries)
        if (entry.payload.grantId === grantId) entries.delete(key);
    },
  });
}
