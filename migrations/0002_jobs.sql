-- Durable jobs (and the transactional outbox): enqueued in the caller's transaction, claimed with
-- SKIP LOCKED so each runs once across instances, retried with backoff, kept after completion for audit.
create table job (
  id bigint generated always as identity primary key,
  queue text not null,
  payload jsonb not null default '{}',
  dedupe_key text unique,
  run_at timestamptz not null default now(),
  attempts int not null default 0,
  max_attempts int not null default 5,
  locked_until timestamptz,
  locked_by text,
  last_error text,
  done_at timestamptz,
  failed_at timestamptz,
  created_at timestamptz not null default now()
);
create index job_due_idx on job(run_at) where done_at is null and failed_at is null;
create index job_queue_idx on job(queue, created_at desc);
