-- 忘记密码 (issue 16): a six-digit code sent by SMS or e-mail through the notification centre. Only its HMAC is
-- kept (keyed with the data key, so a copy of the database does not give the code away by trying all million),
-- for ten minutes and five tries; a newer code or a successful reset closes the older ones.
create table password_reset (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null references account(id),
  channel text not null check (channel in ('EMAIL', 'SMS')),
  code_hash text not null,
  attempts integer not null default 0,
  expires_at timestamptz not null,
  closed_at timestamptz,
  created_at timestamptz not null default now()
);
create index password_reset_account_idx on password_reset (account_id, created_at desc);

-- Requests counted per identifier (its SHA-256, registered or not: the limit must not tell them apart) and per
-- client address, across instances; rows older than a day mean nothing and are swept with the login guesses.
create table password_reset_request (
  key text not null,
  created_at timestamptz not null default now()
);
create index password_reset_request_key_idx on password_reset_request (key, created_at);
