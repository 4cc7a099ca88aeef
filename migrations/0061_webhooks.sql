-- Webhooks (issue 12; A2, D1): a partner app subscribes one of its allowed endpoints to event types; every event
-- becomes one delivery per subscription, written in the transaction of the change that causes it (the unique
-- key makes a second insert of the same event a no-op), and sent by a durable job that claims the row.
create table webhook_subscription (
  id uuid primary key,
  client_id uuid not null references api_client(id),
  url text not null check (length(url) between 1 and 500),
  event_types text[] not null check (cardinality(event_types) between 1 and 10),
  -- Also sign with HMAC-SM3 (`sm3=` in X-Qifu-Signature) beside HMAC-SHA256.
  sm3 boolean not null default false,
  active boolean not null default true,
  -- The signing secret sealed with QIFU_DATA_KEY (server/common/sealed.ts), bound to this row's id.
  secret_sealed text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Deleted subscriptions keep their row (the delivery log refers to it); they receive nothing.
  deleted_at timestamptz
);
create index webhook_subscription_client on webhook_subscription(client_id) where deleted_at is null;
-- The lookup every event runs in its causing transaction.
create index webhook_subscription_events on webhook_subscription using gin (event_types) where active and deleted_at is null;

create table webhook_delivery (
  id uuid primary key,
  subscription_id uuid not null references webhook_subscription(id),
  event_id uuid not null,
  event_type text not null,
  -- The JSON body, fixed when the event happened: every attempt and replay sends the same bytes' content.
  body jsonb not null,
  status text not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'DEAD')),
  attempts int not null default 0,
  last_status_code int,
  last_error text,
  last_response text,
  next_attempt_at timestamptz,
  delivered_at timestamptz,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  unique (event_id, subscription_id)
);
create index webhook_delivery_subscription on webhook_delivery(subscription_id, created_at desc);
