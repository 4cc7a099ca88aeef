-- Second factor (TOTP, RFC 6238) for the platform's staff: operators, reviewers and the three administrators.
-- A row with confirmed_at null is an enrolment waiting for its first code; once confirmed, sign-in of the
-- account needs a code. last_step is the last time step accepted, so a code is never accepted twice.
create table account_totp (
  account_id uuid primary key references account(id),
  secret text not null,
  created_at timestamptz not null default now(),
  confirmed_at timestamptz,
  last_step bigint not null default 0
);
