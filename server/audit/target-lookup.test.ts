import { describe, expect, it } from 'vitest';
import type { AuditTarget } from '../../contracts/identity-api.ts';
import type { MatchedOperation } from '../proxy/allowlist.ts';
import type { CloudReader } from '../proxy/cloud-reader.ts';
import type { JsonAnswer } from '../proxy/upstream-json.ts';
import { lookUpWriteFacts } from './target-lookup.ts';

const machineAction = {
  operation: { follow: 'machine-action' },
  params: { machineId: 'm-1' },
} as unknown as MatchedOperation;
const targets: AuditTarget[] = [{ type: 'machine', id: 'm-1', name: null }];

const answers: Record<string, unknown> = {
  '/api/cvad/manage/Machines/m-1': { Name: 'CONTOSO\\FD-VD-0003' },
  '/api/cvad/manage/Machines/m-1/Sessions': {
    Items: [{ User: { SamName: 'CONTOSO\\jdoe', DisplayName: 'Jane Doe' } }],
  },
};

/** A cloud that answers each path with these failures first, then as it should. */
function flakyCloud(failures: (JsonAnswer | Error)[]) {
  const reads: string[] = [];
  const left = new Map<string, (JsonAnswer | Error)[]>();
  const read: CloudReader = async (path) => {
    reads.push(path);
    if (!left.has(path)) left.set(path, [...failures]);
    const failure = left.get(path)!.shift();
    if (failure instanceof Error) throw failure;
    if (failure) return failure;
    return { status: 200, ok: true, body: answers[path] };
  };
  return { read, reads };
}

const unavailable: JsonAnswer = { status: 503, ok: false, body: { message: 'Try again' } };

describe('naming an audited machine action', () => {
  it('names the machine and the people on it after a passing failure of the cloud', async () => {
    for (const failure of [unavailable, { ...unavailable, status: 429 }, new Error('reset')]) {
      const { read, reads } = flakyCloud([failure]);
      const facts = await lookUpWriteFacts(machineAction, {}, targets, read);
      expect(facts.machineName).toBe('CONTOSO\\FD-VD-0003');
      expect(facts.targets).toEqual([
        { type: 'machine', id: 'm-1', name: 'CONTOSO\\FD-VD-0003' },
        { type: 'user', id: 'CONTOSO\\jdoe', name: 'Jane Doe' },
      ]);
      expect(reads).toHaveLength(4);
    }
  });

  it('asks once more at most, and goes without the name when the cloud keeps failing', async () => {
    const { read, reads } = flakyCloud([unavailable, unavailable, unavailable]);
    const facts = await lookUpWriteFacts(machineAction, {}, targets, read);
    expect(facts.machineName).toBeNull();
    expect(facts.targets).toEqual(targets);
    expect(reads).toHaveLength(4);
  });

  it('does not ask again when the cloud says no for good', async () => {
    const { read, reads } = flakyCloud([{ status: 404, ok: false, body: null }]);
    const facts = await lookUpWriteFacts(machineAction, {}, targets, read);
    expect(facts.machineName).toBeNull();
    expect(reads).toHaveLength(2);
  });
});
