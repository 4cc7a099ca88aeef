-- Service docking (M1–M4, I2, I3): service products, demands and offers, dockings with their timeline,
-- evaluations, SLA clocks and reminders, activities with registrations, tickets and check-in.

-- Platform secrets generated on first start when not given in the environment (e.g. the ticket HMAC key).
create table platform_secret (
  name text primary key,
  value text not null,
  created_at timestamptz not null default now()
);

-- Per-institution docking settings (M1): the responsible person and SLA clocks (null = platform default).
create table institution_docking_setting (
  institution_id uuid primary key references institution(id),
  responsible_account_id uuid references account(id),
  first_response_minutes int check (first_response_minutes between 30 and 4800),
  reply_minutes int check (reply_minutes between 30 and 4800),
  resolution_minutes int check (resolution_minutes between 480 and 96000),
  updated_at timestamptz not null default now()
);

create table service_product (
  id uuid primary key,
  site_id uuid not null references site(id),
  institution_id uuid not null references institution(id),
  name text not null,
  "column" text not null,
  subcategory text not null,
  description text not null,
  process jsonb not null default '[]',
  fee_type text not null check (fee_type in ('FREE', 'PAID')),
  price_terms text,
  form text not null check (form in ('ONLINE', 'OFFLINE', 'BOTH')),
  contact_name text not null,
  contact_phone text not null,
  target_audience text not null,
  region_codes text[] not null,
  status text not null default 'DRAFT' check (status in ('DRAFT', 'UNDER_REVIEW', 'LISTED', 'REJECTED', 'DELISTED')),
  review_reason text,
  reviewed_by uuid references account(id),
  reviewed_at timestamptz,
  listed_at timestamptz,
  created_by uuid not null references account(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index service_product_listed_idx on service_product("column", listed_at desc, id) where status = 'LISTED';
create index service_product_institution_idx on service_product(institution_id, created_at desc);
create index service_product_status_idx on service_product(status, updated_at desc);
create index service_product_regions_idx on service_product using gin (region_codes);

create table service_product_picture (
  id uuid primary key,
  product_id uuid not null references service_product(id) on delete cascade,
  position int not null,
  content_type text not null check (content_type in ('image/png', 'image/jpeg')),
  byte_size int not null check (byte_size > 0 and byte_size <= 2097152),
  width int,
  height int,
  data bytea not null,
  created_at timestamptz not null default now()
);
create index service_product_picture_idx on service_product_picture(product_id, position);

create table demand (
  id uuid primary key,
  site_id uuid not null references site(id),
  enterprise_id uuid not null references enterprise(id),
  name text not null,
  description text not null,
  "column" text not null,
  category text not null,
  contact_name text not null,
  contact_phone text not null,
  period_start date not null,
  period_end date not null,
  budget numeric(14, 2),
  visibility text not null check (visibility in ('ALL_INSTITUTIONS', 'OPERATORS_ONLY')),
  region_code text not null,
  status text not null default 'UNDER_REVIEW' check (status in ('UNDER_REVIEW', 'OPEN', 'REJECTED', 'MATCHED', 'CANCELLED', 'CLOSED')),
  review_reason text,
  reviewed_by uuid references account(id),
  reviewed_at timestamptz,
  chosen_offer_id uuid,
  dispatched_institution_ids uuid[] not null default '{}',
  created_by uuid not null references account(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index demand_open_idx on demand("column", created_at desc, id) where status = 'OPEN';
create index demand_enterprise_idx on demand(enterprise_id, created_at desc);
create index demand_status_idx on demand(status, created_at desc);

create table demand_offer (
  id uuid primary key,
  demand_id uuid not null references demand(id),
  institution_id uuid not null references institution(id),
  plan text not null,
  terms text not null,
  status text not null default 'OFFERED' check (status in ('OFFERED', 'CHOSEN', 'NOT_CHOSEN', 'WITHDRAWN')),
  created_by uuid not null references account(id),
  created_at timestamptz not null default now(),
  unique (demand_id, institution_id)
);
create index demand_offer_institution_idx on demand_offer(institution_id, created_at desc);
alter table demand add constraint demand_chosen_offer_fk foreign key (chosen_offer_id) references demand_offer(id);

create table docking (
  id uuid primary key,
  site_id uuid not null references site(id),
  kind text not null check (kind in ('PRODUCT', 'DEMAND')),
  product_id uuid references service_product(id),
  demand_id uuid references demand(id),
  offer_id uuid references demand_offer(id),
  enterprise_id uuid not null references enterprise(id),
  institution_id uuid not null references institution(id),
  needs text not null,
  status text not null check (status in ('SUBMITTED', 'ACCEPTED', 'IN_SERVICE', 'COMPLETED', 'DECLINED', 'CANCELLED', 'CLOSED')),
  created_by uuid not null references account(id),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  first_response_at timestamptz,
  accepted_at timestamptz,
  service_started_at timestamptz,
  finished_at timestamptz,
  first_response_due timestamptz,
  resolution_due timestamptz,
  awaiting_reply_since timestamptz,
  last_urged_at timestamptz,
  urge_count int not null default 0,
  escalation_level int not null default 0,
  check ((kind = 'PRODUCT' and product_id is not null) or (kind = 'DEMAND' and demand_id is not null and offer_id is not null))
);
create index docking_enterprise_idx on docking(enterprise_id, created_at desc);
create index docking_institution_idx on docking(institution_id, status, created_at desc);
create index docking_product_idx on docking(product_id, status);
-- one open docking per enterprise and product
create unique index docking_open_product_uq on docking(enterprise_id, product_id)
  where kind = 'PRODUCT' and status in ('SUBMITTED', 'ACCEPTED', 'IN_SERVICE');

create table docking_event (
  id uuid primary key,
  docking_id uuid not null references docking(id),
  at timestamptz not null,
  actor_id uuid references account(id),
  party text not null check (party in ('ENTERPRISE', 'INSTITUTION', 'OPERATOR', 'SYSTEM')),
  type text not null,
  body text
);
create index docking_event_idx on docking_event(docking_id, at, id);

create table docking_evaluation (
  docking_id uuid primary key references docking(id),
  quality int not null check (quality between 1 and 5),
  timeliness int not null check (timeliness between 1 and 5),
  attitude int not null check (attitude between 1 and 5),
  professionalism int not null check (professionalism between 1 and 5),
  comment text,
  reply text,
  replied_at timestamptz,
  created_by uuid not null references account(id),
  created_at timestamptz not null
);

-- Reminders to one account, or to all operators (account_id null, audience OPERATORS).
create table reminder (
  id uuid primary key,
  account_id uuid references account(id),
  audience text not null check (audience in ('ACCOUNT', 'OPERATORS')),
  kind text not null,
  docking_id uuid references docking(id),
  demand_id uuid references demand(id),
  message text not null,
  created_at timestamptz not null,
  read_at timestamptz,
  check ((audience = 'ACCOUNT') = (account_id is not null))
);
create index reminder_account_idx on reminder(account_id, created_at desc);
create index reminder_operators_idx on reminder(created_at desc) where audience = 'OPERATORS';

create table activity (
  id uuid primary key,
  site_id uuid not null references site(id),
  institution_id uuid not null references institution(id),
  name text not null,
  "column" text not null,
  logo_type text,
  logo bytea,
  content text not null,
  agenda jsonb not null default '[]',
  participants text not null,
  organisers text[] not null,
  place_address text,
  online_url text,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  registration_method text not null,
  registration_deadline timestamptz not null,
  capacity int not null check (capacity between 1 and 100000),
  contact_name text not null,
  contact_phone text not null,
  target_audience text not null,
  status text not null default 'UNDER_REVIEW' check (status in ('UNDER_REVIEW', 'PUBLISHED', 'REJECTED', 'CANCELLED')),
  review_reason text,
  reviewed_by uuid references account(id),
  reviewed_at timestamptz,
  registered_count int not null default 0,
  waitlisted_count int not null default 0,
  summary text,
  summary_at timestamptz,
  created_by uuid not null references account(id),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  check (ends_at > starts_at),
  check (place_address is not null or online_url is not null)
);
create index activity_published_idx on activity(starts_at desc, id) where status = 'PUBLISHED';
create index activity_institution_idx on activity(institution_id, created_at desc);

create table activity_registration (
  id uuid primary key,
  activity_id uuid not null references activity(id),
  account_id uuid not null references account(id),
  enterprise_id uuid references enterprise(id),
  status text not null check (status in ('REGISTERED', 'WAITLISTED', 'CANCELLED')),
  ticket text,
  checked_in_at timestamptz,
  rating int check (rating between 1 and 5),
  comment text,
  evaluated_at timestamptz,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create unique index activity_registration_active_uq on activity_registration(activity_id, account_id) where status <> 'CANCELLED';
create index activity_registration_queue_idx on activity_registration(activity_id, status, created_at, id);
create index activity_registration_account_idx on activity_registration(account_id, created_at desc);
