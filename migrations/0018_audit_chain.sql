-- Keyed hash chain over the audit log (server/common/audit-chain.ts). The HMAC is computed by the
-- application with a key the database never sees; the database only hands out the chain position under a
-- transaction-scoped advisory lock, so concurrent writers chain one after another (the lock is held until
-- the writer commits or rolls back, and the next writer then reads the committed head).
alter table audit_log add column seq bigint, add column hmac bytea;
create unique index audit_log_seq_idx on audit_log(seq);
-- NOT VALID: rows written before the chain existed are sealed by the migrator at the next start
-- (server/db/audit-seal.ts); every new row must carry its position and hmac.
alter table audit_log add constraint audit_log_chained check (seq is not null and hmac is not null) not valid;

-- Next position, the previous row's hmac, the row's time (now(): the inserting transaction's) in
-- microseconds, and detail as PostgreSQL will store it (jsonb normalises spacing and key order).
-- plpgsql in READ COMMITTED takes a fresh snapshot per statement: the head is read after the lock is held.
create function audit_chain_next(detail jsonb, out next_seq bigint, out prev_hmac bytea, out at_us bigint, out detail_text text)
language plpgsql volatile as $$
begin
  perform pg_advisory_xact_lock(7272020, 18);
  select a.seq, a.hmac into next_seq, prev_hmac from audit_log a where a.seq is not null order by a.seq desc limit 1;
  next_seq := coalesce(next_seq, 0) + 1;
  at_us := (extract(epoch from now()) * 1000000)::bigint;
  detail_text := detail::text;
end $$;
