/**
 * The audit trail's guard lives in the schema, so it holds for anyone with a connection (a
 * script, a psql session), not only for the repository: these tests go around the repository.
 */
import { describe, expect, it } from 'vitest';
import { bob, sampleAuditEntry } from './testing/sample-records.ts';
import {
  driverNames,
  openEmptyStoreForBlock,
  startPostgresForFile,
} from './testing/store-drivers.ts';

const postgres = startPostgresForFile();

describe.each(driverNames)('the audit trail is append-only on %s', (driver) => {
  const opened = openEmptyStoreForBlock(driver, postgres);
  const sql = (text: string, params: unknown[] = []) => opened().database.query(text, params);
  const begun = async () => opened().store.audit.begin(sampleAuditEntry());
  const completed = async () => {
    const id = await begun();
    await sql(`UPDATE audit_records SET outcome = 'succeeded', http_status = 204 WHERE id = $1`, [
      id,
    ]);
    return id;
  };

  it('refuses to change who acted, what, when or with which request', async () => {
    const id = await completed();
    const edits = [
      ['actor = $2::jsonb', JSON.stringify(bob)],
      ['operation = $2', 'sessions.disconnect'],
      ['at = $2', new Date('2020-01-01T00:00:00Z')],
      ['request = $2::jsonb', '{"forged":true}'],
    ] as const;
    for (const [assignment, value] of edits) {
      await expect(
        sql(`UPDATE audit_records SET ${assignment} WHERE id = $1`, [id, value]),
      ).rejects.toThrow(/only its completion and its finish/);
    }
    expect((await opened().store.audit.get(id))?.actor.subject).toBe('idp|alice');
  });

  it('refuses to delete a record, or to empty the table', async () => {
    const id = await completed();

    await expect(sql('DELETE FROM audit_records WHERE id = $1', [id])).rejects.toThrow(
      /append-only/,
    );
    await expect(sql('TRUNCATE audit_records CASCADE')).rejects.toThrow(/append-only/);
    expect(await opened().store.audit.get(id)).not.toBeNull();
  });

  it('refuses to complete a record again, or back to pending', async () => {
    const pending = await begun();
    await expect(
      sql(`UPDATE audit_records SET reason = 'x' WHERE id = $1`, [pending]),
    ).rejects.toThrow(/needs a final outcome/);
    const id = await completed();

    await expect(
      sql(`UPDATE audit_records SET outcome = 'failed' WHERE id = $1`, [id]),
    ).rejects.toThrow(/already complete/);
    await expect(
      sql(`UPDATE audit_records SET reason = 'edited' WHERE id = $1`, [id]),
    ).rejects.toThrow(/already complete/);
    expect(await opened().store.audit.get(id)).toMatchObject({
      outcome: 'succeeded',
      reason: null,
    });
  });

  it('lets a finish be set once, and never changed after', async () => {
    const id = await completed();
    await sql(`UPDATE audit_records SET final_result = 'done', finished_at = now() WHERE id = $1`, [
      id,
    ]);

    await expect(
      sql(`UPDATE audit_records SET final_result = 'rewritten' WHERE id = $1`, [id]),
    ).rejects.toThrow(/already finished/);
    expect((await opened().store.audit.get(id))?.finalResult).toBe('done');
  });
});
