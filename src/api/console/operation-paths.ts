/** One operation's record under `/api/` (a rollout's page reads it; so do the early reads). */
export const operationPath = (id: string) => `operations/${encodeURIComponent(id)}`;
