-- The notification centre (issue 17): one row per person per event they should know about, whatever feature
-- caused it, written in the transaction of that change (so exactly once, never from an after-commit observer).
-- Kept 180 days (a daily cleanup job). `batch_id` ties the rows of one notify() call to its live event.
create table account_notification (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null references account(id),
  kind text not null,
  title text not null,
  body text not null default '',
  link text,
  urgent boolean not null default false,
  vars jsonb not null default '{}',
  batch_id uuid not null,
  dedupe_key text,
  created_at timestamptz not null default now(),
  read_at timestamptz,
  unique (account_id, dedupe_key)
);
create index account_notification_inbox_idx on account_notification(account_id, created_at desc);
create index account_notification_unread_idx on account_notification(account_id) where read_at is null;
create index account_notification_batch_idx on account_notification(batch_id, account_id);
create index account_notification_created_idx on account_notification(created_at);

-- Per person: quiet hours (minutes of the China day; non-urgent e-mail/SMS wait until they end) and daily caps.
-- No row means the defaults (22:00–08:00, 20 e-mails, 5 SMS a day).
create table notification_setting (
  account_id uuid primary key references account(id),
  quiet_start smallint not null default 1320 check (quiet_start between 0 and 1439),
  quiet_end smallint not null default 480 check (quiet_end between 0 and 1439),
  email_daily_cap int not null default 20 check (email_daily_cap between 0 and 1000),
  sms_daily_cap int not null default 5 check (sms_daily_cap between 0 and 100),
  updated_at timestamptz not null default now()
);

-- Per person, kind and channel: an override of the kind's default (IN_APP is always on and never stored).
create table notification_channel_preference (
  account_id uuid not null references account(id),
  kind text not null,
  channel text not null check (channel in ('EMAIL', 'SMS')),
  enabled boolean not null,
  primary key (account_id, kind, channel)
);

-- One e-mail or SMS of one notification: the durable unit of sending. A delivery job locks the row, sends and
-- records the outcome in the same transaction (a second instance skips the locked row; a sent row is never sent
-- again). QUEUED → SENT, or FAILED (permanent: bad address, missing template variable, provider refusal), or
-- DEAD (gave up after the retries: the operators' dead-letter list). The id is the idempotency key given to the
-- provider (Message-ID, OutId / SessionContext). A person without an address for a channel they get gets a FAILED row
-- saying so (no address), so nothing is silently dropped.
create table account_notification_delivery (
  id uuid primary key default gen_random_uuid(),
  notification_id uuid not null references account_notification(id) on delete cascade,
  account_id uuid not null references account(id),
  channel text not null check (channel in ('EMAIL', 'SMS')),
  address text,
  status text not null default 'QUEUED' check (status in ('QUEUED', 'SENT', 'FAILED', 'DEAD')),
  attempts int not null default 0,
  next_attempt_at timestamptz not null default now(),
  reason text,
  provider_message_id text,
  sent_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (notification_id, channel)
);
create index account_notification_delivery_status_idx on account_notification_delivery(status, updated_at desc);
create index account_notification_delivery_sent_idx on account_notification_delivery(account_id, channel, sent_at) where status = 'SENT';
