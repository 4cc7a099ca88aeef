-- Policy service (P1–P5, I1, O1): policies with an editorial workflow and immutable published versions,
-- attachments, interpretations, guides, links, eligibility conditions, imports, subscriptions and notifications.

-- The working copy edited by operators. The public reads `policy_published` (the last published version).
create table policy (
  id uuid primary key,
  site_id uuid not null references site(id),
  title text not null,
  doc_no text,
  departments text[] not null default '{}',
  published_on date,
  effective_from date,
  effective_to date,
  validity text not null default 'IN_FORCE' check (validity in ('IN_FORCE', 'EXPIRED', 'SUPERSEDED', 'WITHDRAWN')),
  author text,
  source_name text,
  source_url text,
  body text not null default '',
  tags text[] not null default '{}',
  policy_type text not null,
  industries text[] not null default '{}',
  size_classes text[] not null default '{}',
  regions text[] not null default '{}',
  hot_words text[] not null default '{}',
  columns text[] not null default '{POLICY}',
  featured boolean not null default false,
  status text not null check (status in ('COLLECTED', 'DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'PUBLISHED', 'EXPIRED', 'WITHDRAWN')),
  review_comment text,
  published_version int,
  dedupe_key text not null,
  content_hash text not null,
  view_count bigint not null default 0,
  created_by uuid references account(id),
  updated_by uuid references account(id),
  submitted_by uuid references account(id),
  reviewed_by uuid references account(id),
  published_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index policy_dedupe_idx on policy(site_id, dedupe_key);
create index policy_site_status_idx on policy(site_id, status, updated_at desc);
create index policy_title_trgm on policy using gin (title gin_trgm_ops);

-- Every published version, immutable (I1: identical to the original as published).
create table policy_version (
  policy_id uuid not null references policy(id),
  version int not null,
  title text not null,
  doc_no text,
  departments text[] not null,
  published_on date,
  effective_from date,
  effective_to date,
  validity text not null,
  author text,
  source_name text,
  source_url text,
  body text not null,
  tags text[] not null,
  policy_type text not null,
  industries text[] not null,
  size_classes text[] not null,
  regions text[] not null,
  hot_words text[] not null,
  columns text[] not null,
  change_note text,
  published_at timestamptz not null,
  published_by uuid references account(id),
  reviewed_by uuid references account(id),
  primary key (policy_id, version)
);
create function policy_version_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'policy_version is immutable' using errcode = 'insufficient_privilege';
end $$;
create trigger policy_version_no_change before update or delete on policy_version
  for each row execute function policy_version_immutable();

-- What the public sees: the last published version of every policy that is not withdrawn.
create view policy_published as
select p.id, p.site_id, v.title, v.doc_no, v.departments, v.published_on, v.effective_from, v.effective_to,
       case when p.status = 'EXPIRED' then 'EXPIRED' else v.validity end as validity,
       v.author, v.source_name, v.source_url, v.body, v.tags, v.policy_type, v.industries, v.size_classes,
       v.regions, v.hot_words, v.columns, p.featured,
       case when p.status = 'EXPIRED' then 'EXPIRED' else 'PUBLISHED' end as status,
       null::text as review_comment, p.published_version, p.dedupe_key, p.content_hash, p.view_count,
       p.created_by, p.updated_by, p.submitted_by, p.reviewed_by, p.published_at, p.created_at,
       v.published_at as updated_at
  from policy p
  join policy_version v on v.policy_id = p.id and v.version = p.published_version
 where p.published_version is not null and p.status <> 'WITHDRAWN';

create table policy_attachment (
  id uuid primary key,
  policy_id uuid not null references policy(id),
  file_name text not null,
  content_type text not null,
  size_bytes int not null check (size_bytes >= 0),
  sha256 text not null,
  content bytea not null,
  created_by uuid references account(id),
  created_at timestamptz not null default now()
);
create index policy_attachment_policy_idx on policy_attachment(policy_id, created_at);

create table policy_interpretation (
  id uuid primary key,
  policy_id uuid not null references policy(id),
  title text not null,
  authority text not null,
  author text,
  body text not null,
  published_on date,
  created_by uuid references account(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index policy_interpretation_policy_idx on policy_interpretation(policy_id, created_at);

create table policy_guide (
  id uuid primary key,
  policy_id uuid not null references policy(id),
  title text not null,
  beneficiaries text not null,
  conditions text not null,
  application_start date,
  application_end date,
  payment_deadline text,
  where_to_apply text not null,
  hotline text,
  materials text[] not null default '{}',
  created_by uuid references account(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index policy_guide_policy_idx on policy_guide(policy_id, created_at);

-- Selected policies linked to their management measures and application notices (read both ways).
create table policy_link (
  policy_id uuid not null references policy(id),
  related_id uuid not null references policy(id),
  created_at timestamptz not null default now(),
  primary key (policy_id, related_id),
  check (policy_id <> related_id)
);
create index policy_link_related_idx on policy_link(related_id);

-- Decomposition (拆解): eligibility conditions, each pinned to the source sentence.
create table policy_condition (
  id uuid primary key,
  policy_id uuid not null references policy(id),
  position int not null,
  field text not null,
  operator text not null check (operator in ('IN', 'NOT_IN', 'GTE', 'LTE', 'BETWEEN', 'HAS')),
  "values" text[] not null,
  changeable boolean not null default false,
  source_sentence text not null,
  created_at timestamptz not null default now()
);
create index policy_condition_policy_idx on policy_condition(policy_id, position);

create table policy_import (
  id uuid primary key,
  site_id uuid not null references site(id),
  format text not null check (format in ('JSONL', 'CSV')),
  content text not null,
  status text not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
  total int not null default 0,
  processed int not null default 0,
  created int not null default 0,
  updated int not null default 0,
  unchanged int not null default 0,
  errored int not null default 0,
  created_by uuid references account(id),
  created_at timestamptz not null default now(),
  finished_at timestamptz
);

create table policy_import_line (
  import_id uuid not null references policy_import(id),
  line_no int not null,
  result text not null check (result in ('CREATED', 'UPDATED', 'UNCHANGED', 'ERROR')),
  policy_id uuid,
  reason text,
  primary key (import_id, line_no)
);

create table policy_subscription (
  id uuid primary key,
  enterprise_id uuid not null references enterprise(id),
  account_id uuid not null references account(id),
  name text not null,
  keywords text[] not null default '{}',
  tags text[] not null default '{}',
  departments text[] not null default '{}',
  policy_types text[] not null default '{}',
  industries text[] not null default '{}',
  regions text[] not null default '{}',
  channels text[] not null default '{}',
  email text,
  mobile text,
  unsubscribe_token text not null unique,
  active boolean not null default true,
  created_at timestamptz not null default now()
);
create index policy_subscription_enterprise_idx on policy_subscription(enterprise_id) where active;

-- In-app inbox: one notification per enterprise per published version of a policy.
create table notification (
  id uuid primary key default gen_random_uuid(),
  enterprise_id uuid not null references enterprise(id),
  policy_id uuid not null references policy(id),
  policy_version int not null,
  batch_id uuid not null,
  reason text not null check (reason in ('SUBSCRIPTION', 'ELIGIBLE', 'SUBSCRIPTION_AND_ELIGIBLE')),
  subscription_id uuid references policy_subscription(id),
  title text not null,
  created_at timestamptz not null default now(),
  read_at timestamptz,
  unique (enterprise_id, policy_id, policy_version)
);
create index notification_inbox_idx on notification(enterprise_id, created_at desc);
create index notification_batch_idx on notification(batch_id, enterprise_id);
create index notification_policy_idx on notification(policy_id, enterprise_id);

-- The e-mail / SMS outbox record (sent by a durable job through a pluggable sender).
create table notification_delivery (
  id uuid primary key default gen_random_uuid(),
  notification_id uuid not null references notification(id),
  channel text not null check (channel in ('EMAIL', 'SMS')),
  address text not null,
  unsubscribe_token text not null,
  status text not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
  message text,
  sent_at timestamptz,
  created_at timestamptz not null default now()
);
create index notification_delivery_pending_idx on notification_delivery(created_at) where status = 'PENDING';
