-- Policy service, part 2: attachments uploaded over HTTP (streamed, hashed while streaming, then claimed by
-- `policyAttachmentAdd`), and daily / weekly digests of pushed policies.

-- A file uploaded by an operator, waiting to be attached to a policy; claimed (moved) by policyAttachmentAdd.
create table policy_upload (
  id uuid primary key,
  account_id uuid not null references account(id),
  file_name text not null,
  content_type text not null,
  size_bytes int not null check (size_bytes >= 0),
  sha256 text not null,
  content bytea not null,
  created_at timestamptz not null default now()
);
create index policy_upload_account_idx on policy_upload(account_id, created_at);

-- How often a subscription's e-mail / SMS go out: each notification at once, or one digest per period.
alter table policy_subscription
  add column frequency text not null default 'IMMEDIATE' check (frequency in ('IMMEDIATE', 'DAILY', 'WEEKLY'));

-- One digest per subscription, period and channel, ever (the unique key makes a re-run harmless).
create table policy_digest (
  id uuid primary key default gen_random_uuid(),
  subscription_id uuid not null references policy_subscription(id),
  period_start timestamptz not null,
  period_end timestamptz not null,
  channel text not null check (channel in ('EMAIL', 'SMS')),
  address text not null,
  notification_count int not null,
  message text not null,
  status text not null default 'PENDING' check (status in ('PENDING', 'SENT')),
  sent_at timestamptz,
  created_at timestamptz not null default now(),
  unique (subscription_id, period_start, channel)
);
create index policy_digest_pending_idx on policy_digest(created_at) where status = 'PENDING';
