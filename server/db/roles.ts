import pg from 'pg';

/** The user name of a connection URL. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username || process.env.PGUSER || process.env.USER || '');
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * What the application's login role may do, granted by the owner after migrations (idempotent):
 * read and write the tables, except the audit log (INSERT and SELECT only) and the migrations table
 * (SELECT only, for /readyz). It owns nothing, so it can neither disable a trigger nor alter a table,
 * and, not being a superuser, cannot set session_replication_role.
 */
export async function grantApplicationRole(ownerUrl: string, appRole: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const role = ident(appRole);
  try {
    await client.query('begin');
    await client.query(`grant usage on schema public to ${role}`);
    await client.query(`grant select, insert, update, delete on all tables in schema public to ${role}`);
    await client.query(`revoke truncate, references, trigger on all tables in schema public from ${role}`);
    await client.query(`revoke update, delete on audit_log from ${role}`);
    await client.query(`revoke insert, update, delete on schema_migrations from ${role}`);
    await client.query(`grant usage, select, update on all sequences in schema public to ${role}`);
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}
