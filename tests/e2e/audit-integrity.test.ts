import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../server/common/audit.js';
import { mutation } from '../../server/common/mutation.js';
import { systemContext } from '../../server/common/system-context.js';
import { verifyAuditChain } from '../../server/db/audit-verify.js';
import { graphql } from '../gql/index.js';
import { gql } from '../setup/client.js';
import { startTestPlatform, type TestPlatform } from '../setup/platform.js';

/**
 * GB/T 22239 security audit (issue #13 finding 2): the application's own database role cannot rewrite the
 * audit log, and a keyed hash chain over its rows names the first row the owner role changed.
 */
let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(async () => {
  await p?.stop();
});

const LOGIN = graphql(`
  mutation AuditIntegrityLogin($i: LoginInput!) {
    login(input: $i) {
      token
      errors {
        code
      }
    }
  }
`);

async function asApp<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: p.databaseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe('A2 least-privilege database role', () => {
  it('connects the application as a role that is neither superuser nor owner of audit_log', async () => {
    const [me] = await asApp(async (c) => (await c.query(`select current_user as name, rolsuper from pg_roles where rolname = current_user`)).rows);
    expect(me.rolsuper).toBe(false);
    const [t] = await p.sql<{ owner: string }>(`select tableowner as owner from pg_tables where tablename = 'audit_log'`);
    expect(t.owner).not.toBe(me.name);
  });

  it('refuses UPDATE, DELETE, TRUNCATE, DISABLE TRIGGER and session_replication_role with the application credentials', async () => {
    await gql(p, LOGIN, { i: { identifier: '13999999999', password: 'Wrong#Pass1' } });
    const attempts = [
      `update audit_log set result = 'SUCCESS'`,
      `delete from audit_log`,
      `truncate audit_log`,
      `alter table audit_log disable trigger audit_log_no_update`,
      `alter table audit_log disable trigger all`,
      `set session_replication_role = replica`,
      `drop trigger audit_log_no_update on audit_log`,
      `create or replace function audit_log_append_only() returns trigger language plpgsql as $$ begin return new; end $$`,
    ];
    for (const sql of attempts) {
      await expect(
        asApp((c) => c.query(sql)),
        sql,
      ).rejects.toThrow(/permission denied|must be owner|append-only/);
    }
    // Still allowed: what the application needs.
    const [{ n }] = await asApp(async (c) => (await c.query(`select count(*)::int as n from audit_log`)).rows);
    expect(n).toBeGreaterThanOrEqual(1);
  });
});

/** Each chain test tampers with the log: it gets a platform and database of its own, so order does not matter. */
async function onOwnPlatform(fn: (q: TestPlatform) => Promise<void>): Promise<void> {
  const q = await startTestPlatform();
  try {
    await fn(q);
  } finally {
    await q.stop();
  }
}

describe('A2 audit hash chain', () => {
  it('chains concurrent writers without forks or holes, and names the first row the owner tampered with', () =>
    onOwnPlatform(async (p) => {
      // 60 audited events at once (failed logins, each its own transaction) plus sign-ups.
      await Promise.all(
        Array.from({ length: 60 }, (_, i) => gql(p, LOGIN, { i: { identifier: `1399999${String(i).padStart(4, '0')}`, password: 'Wrong#Pass1' } })),
      );
      const key = Buffer.from(p.config.auditKey!, 'hex');
      const ok = await verifyAuditChain(p.databaseUrl, key);
      expect(ok).toMatchObject({ ok: true });
      expect(ok.rows).toBeGreaterThanOrEqual(60); // the 60 concurrent events of this test, on its own database
      const [{ n, max }] = await p.sql<{ n: number; max: string }>(`select count(*)::int as n, max(seq)::text as max from audit_log`);
      expect(String(n)).toBe(max);

      // The owner (who can lift the triggers) rewrites one row in the middle: the chain names it.
      const [victim] = await p.sql<{ id: string; seq: string }>(`select a.id::text, a.seq::text from audit_log a order by a.seq offset 30 limit 1`);
      const owner = new pg.Client({ connectionString: p.ownerUrl });
      await owner.connect();
      try {
        await owner.query('begin');
        await owner.query('set local session_replication_role = replica');
        await owner.query(`update audit_log set result = 'SUCCESS', detail = '{}' where id = $1`, [victim.id]);
        await owner.query('commit');
      } finally {
        await owner.end();
      }
      const bad = await verifyAuditChain(p.databaseUrl, key);
      expect(bad).toMatchObject({ ok: false, id: victim.id, seq: victim.seq });
      expect(bad.rows).toBe(30);
      // A wrong key fails at the first row.
      expect(await verifyAuditChain(p.databaseUrl, Buffer.alloc(32, 1))).toMatchObject({ ok: false, seq: '1' });
    }));

  it('names a deleted row as a hole in the chain', () =>
    onOwnPlatform(async (p) => {
      // Twenty audited events of its own (failed logins), so the chain has a middle to cut.
      for (let i = 0; i < 20; i++) await gql(p, LOGIN, { i: { identifier: `1398888${String(i).padStart(4, '0')}`, password: 'Wrong#Pass1' } });
      const key = Buffer.from(p.config.auditKey!, 'hex');
      const [victim] = await p.sql<{ id: string; seq: string }>(`select a.id::text, a.seq::text from audit_log a order by a.seq offset 10 limit 1`);
      const owner = new pg.Client({ connectionString: p.ownerUrl });
      await owner.connect();
      try {
        await owner.query('begin');
        await owner.query('set local session_replication_role = replica');
        await owner.query(`delete from audit_log where id = $1`, [victim.id]);
        await owner.query('commit');
      } finally {
        await owner.end();
      }
      const bad = await verifyAuditChain(p.databaseUrl, key);
      expect(bad).toMatchObject({ ok: false, seq: String(Number(victim.seq) + 1) });
      expect(bad.ok === false && bad.reason).toMatch(/missing/);
    }));
});

describe('the chain holds its lock for the commit only', () => {
  it('lets another audited mutation commit while a mutation that audited early is still working, and chains both', async () => {
    const first = systemContext(p, null);
    const second = systemContext(p, null);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let audited!: () => void;
    const auditedEarly = new Promise<void>((resolve) => (audited = resolve));
    const slow = mutation(first, async (em) => {
      await audit(first, { operation: 'test.slow', result: 'SUCCESS' }, em);
      audited();
      await held; // still working, its audit row recorded but not yet chained
      return {};
    });
    await auditedEarly;
    // Before deferral this waited on the chain's advisory lock until `slow` committed.
    await mutation(second, async (em) => {
      await audit(second, { operation: 'test.quick', result: 'SUCCESS' }, em);
      return {};
    });
    release();
    await slow;
    const rows = await p.sql<{ operation: string }>(`select operation from audit_log where operation like 'test.%' order by seq`);
    expect(rows.map((r) => r.operation)).toEqual(['test.quick', 'test.slow']);
    expect(await verifyAuditChain(p.databaseUrl, Buffer.from(p.config.auditKey!, 'hex'))).toMatchObject({ ok: true });
  });
});
