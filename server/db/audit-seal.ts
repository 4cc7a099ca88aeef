import pg from 'pg';
import { CHAINED_COLUMNS, chainHmac, chainedRowOf, type ChainedDbRow } from '../common/audit-chain.js';

/**
 * Chains audit rows written before migration 0018 (seq null), oldest first, after the current head. Runs as
 * the owner at start-up (the append-only trigger is lifted inside this transaction only); a no-op once done.
 */
export async function sealUnchainedAuditRows(ownerUrl: string, key: Buffer): Promise<number> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const pending = await client.query<{ n: string }>('select count(*) as n from audit_log where seq is null');
    if (pending.rows[0].n === '0') return 0;
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock(7272020, 18)');
    await client.query('alter table audit_log disable trigger audit_log_no_update');
    const head = await client.query<{ seq: string; hmac: Buffer }>(
      'select seq::text as seq, hmac from audit_log where seq is not null order by seq desc limit 1',
    );
    let seq = BigInt(head.rows[0]?.seq ?? '0');
    let prev: Buffer | null = head.rows[0]?.hmac ?? null;
    const rows = await client.query<ChainedDbRow>(
      `select ${CHAINED_COLUMNS.replace('seq::text as seq', 'null as seq')} from audit_log where seq is null order by id`,
    );
    for (const r of rows.rows) {
      seq += 1n;
      const hmac = chainHmac(key, prev, chainedRowOf({ ...r, seq: seq.toString() }));
      await client.query('update audit_log set seq = $1, hmac = $2 where id = $3', [seq.toString(), hmac, r.id]);
      prev = hmac;
    }
    await client.query('alter table audit_log enable trigger audit_log_no_update');
    await client.query('alter table audit_log validate constraint audit_log_chained');
    await client.query('commit');
    return rows.rowCount ?? 0;
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}
