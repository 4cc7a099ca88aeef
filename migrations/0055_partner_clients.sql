-- Partner apps (issue 12; A2, D1): API clients registered by a system administrator, their secrets (only a
-- SHA-256 of a 256-bit random secret is stored: the secret has full entropy, so a slow hash adds nothing and
-- would cost every token request ~50 ms of CPU), signed-request nonces and the PostgreSQL rate counters that
-- every instance shares.
create table api_client (
  id uuid primary key,
  name text not null check (length(name) between 1 and 100),
  contact text not null check (length(contact) between 1 and 200),
  site_id uuid not null references site(id),
  scopes text[] not null default '{PUBLIC_READ}',
  requests_per_minute int not null default 600 check (requests_per_minute between 1 and 100000),
  allowed_origins text[] not null default '{}',
  webhook_urls text[] not null default '{}',
  -- SM2 public key (uncompressed hex, 04…) for SM2-signed requests; null when the partner does not sign with SM2.
  sm2_public_key text check (sm2_public_key ~ '^04[0-9a-f]{128}$'),
  created_by uuid not null references account(id),
  created_at timestamptz not null default now(),
  -- Revocation is checked by the statement every request of the client runs (the rate counter): no cache to invalidate.
  revoked_at timestamptz
);
create index api_client_site on api_client(site_id);

-- A client has one current secret and, after a rotation, the previous one until `expires_at` (overlap).
create table api_client_secret (
  id uuid primary key,
  client_id uuid not null references api_client(id),
  secret_sha256 bytea not null unique,
  -- HMAC-SM3 key of signed requests: SM3 of the secret (a verifier of a symmetric MAC must hold its key;
  -- partners who want no shared key on the server sign with SM2 instead).
  hmac_key bytea not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz
);
create index api_client_secret_client on api_client_secret(client_id);

-- Nonces of signed requests, kept past the ±300 s window so a nonce is never accepted twice.
create table request_nonce (
  client_id uuid not null references api_client(id),
  nonce text not null,
  expires_at timestamptz not null,
  primary key (client_id, nonce)
);
create index request_nonce_expiry on request_nonce(expires_at);

-- Fixed one-minute windows: one upsert per counted request, so several instances agree on the count.
create table rate_counter (
  key text not null,
  window_start timestamptz not null,
  count int not null,
  primary key (key, window_start)
);
create index rate_counter_window on rate_counter(window_start);

-- CORS per site (issue 12): browser origins allowed to call the API for this site, set by a system administrator.
alter table site add column allowed_origins text[] not null default '{}';
