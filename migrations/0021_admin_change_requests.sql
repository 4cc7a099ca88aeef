-- 三权分立, two-person rule: the security administrator grants roles, but making or unmaking an administrator
-- (system, security or audit) and disabling or re-enabling one is only a request until another administrator
-- approves it. The table keeps who asked and who decided; the check keeps them two different people even for
-- a writer that bypasses the application.
create table admin_change_request (
  id uuid primary key,
  account_id uuid not null references account(id),
  kind text not null check (kind in ('ROLES', 'DISABLE', 'ENABLE')),
  roles text[],
  status text not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED')),
  requested_by uuid not null references account(id),
  decided_by uuid references account(id),
  reason text,
  created_at timestamptz not null default now(),
  decided_at timestamptz,
  check ((kind = 'ROLES') = (roles is not null)),
  check (decided_by is null or (decided_by <> requested_by and decided_by <> account_id)),
  check ((status = 'PENDING') = (decided_by is null))
);
-- One open request per account: a second one waits until the first is decided.
create unique index admin_change_request_open on admin_change_request(account_id) where status = 'PENDING';
create index admin_change_request_status on admin_change_request(status, created_at desc);
