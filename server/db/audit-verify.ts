import { timingSafeEqual } from 'node:crypto';
import pg from 'pg';
import { CHAINED_COLUMNS, chainHmac, chainedRowOf, type ChainedDbRow } from '../common/audit-chain.js';

export type AuditChainReport =
  | { ok: true; rows: number; headSeq: string | null; headAt: Date | null; ms: number }
  | { ok: false; rows: number; reason: string; id: string | null; seq: string | null; at: Date | null; ms: number };

const PAGE = 20_000;

/**
 * Walks audit_log in chain order (`seq`), recomputing each hmac from the stored columns, and stops at the
 * first row that differs: a changed row, a deleted one (a hole in seq) or a row outside the chain.
 * Pages by `seq` (the unique index), so memory stays flat over millions of rows.
 */
export async function verifyAuditChain(url: string, key: Buffer): Promise<AuditChainReport> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const outside = await client.query<{ id: string; at: Date }>(
      'select id::text as id, at from audit_log where seq is null or hmac is null order by id limit 1',
    );
    let rows = 0;
    let prev: Buffer | null = null;
    let last: ChainedDbRow | null = null;
    let expected = 1n;
    for (;;) {
      const page = await client.query<ChainedDbRow>(`select ${CHAINED_COLUMNS} from audit_log a where a.seq >= $1 order by a.seq limit ${PAGE}`, [
        expected.toString(),
      ]);
      for (const r of page.rows) {
        const fail = (reason: string) => ({ ok: false as const, rows, reason, id: String(r.id), seq: r.seq, at: r.at, ms: Date.now() - started });
        if (BigInt(r.seq) !== expected) return fail(`row(s) missing before this one: expected position ${expected}, found ${r.seq}`);
        const mac = chainHmac(key, prev, chainedRowOf(r));
        if (!r.hmac || r.hmac.length !== mac.length || !timingSafeEqual(mac, r.hmac)) return fail('content or hmac does not match the chain');
        prev = r.hmac;
        last = r;
        rows += 1;
        expected += 1n;
      }
      if (page.rows.length < PAGE) break;
    }
    if (outside.rows.length) {
      const o = outside.rows[0];
      return { ok: false, rows, reason: 'row outside the chain (no position or hmac)', id: o.id, seq: null, at: o.at, ms: Date.now() - started };
    }
    return { ok: true, rows, headSeq: last?.seq ?? null, headAt: last?.at ?? null, ms: Date.now() - started };
  } finally {
    await client.end();
  }
}
