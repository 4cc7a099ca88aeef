-- Sign-in attempts for identifiers that belong to no account get the same budget as accounts (five, then a
-- 15-minute lock), so the answers — remaining attempts, lock — never tell a registered number from another.
-- Keyed by the SHA-256 of the normalised identifier; rows older than a day are swept by the next claim.
create table login_attempt (
  identifier_hash text primary key,
  failed_logins integer not null default 0,
  locked_until timestamptz,
  updated_at timestamptz not null default now()
);
create index login_attempt_updated_at on login_attempt (updated_at);
