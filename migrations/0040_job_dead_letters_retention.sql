-- Jobs stay in `job` (docs/architecture.md, "Jobs": why not pg-boss or graphile-worker underneath), so pending
-- jobs of an existing install carry over untouched. These indexes serve the operators' dead-letter list
-- (newest first, by queue) and the retention sweep of completed and dead jobs.
create index job_dead_letter_idx on job (failed_at desc, id desc) where failed_at is not null;
create index job_done_idx on job (done_at) where done_at is not null;
