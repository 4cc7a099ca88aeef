-- Partner scopes honoured (issue 12): an enterprise's owner consents to one partner app reading the enterprise's
-- own data (scope ENTERPRISE_DATA). A consent is a row per (enterprise, app); revoking keeps the row with
-- `revoked_at` (the audit log has the history), and granting again clears it. Checked on every read.
create table api_client_consent (
  enterprise_id uuid not null references enterprise(id),
  client_id uuid not null references api_client(id),
  granted_by uuid not null references account(id),
  granted_at timestamptz not null default now(),
  revoked_at timestamptz,
  primary key (enterprise_id, client_id)
);
create index api_client_consent_client on api_client_consent(client_id) where revoked_at is null;
