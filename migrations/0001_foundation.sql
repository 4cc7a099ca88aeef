-- Foundation: sites, accounts and sessions, enterprises, institutions, the append-only audit log.
create extension if not exists pg_trgm;
create extension if not exists pgcrypto;

create table site (
  id uuid primary key,
  code text not null unique check (code ~ '^[a-z][a-z0-9-]{1,30}$'),
  name text not null,
  hosts text[] not null default '{}',
  region_code text not null,
  parent_id uuid references site(id),
  created_at timestamptz not null default now()
);

create table account (
  id uuid primary key,
  mobile text unique,
  email text unique,
  display_name text not null,
  password_hash text not null,
  roles text[] not null default '{}',
  enterprise_id uuid,
  enterprise_role text check (enterprise_role in ('OWNER', 'MEMBER')),
  institution_id uuid,
  institution_admin boolean not null default false,
  failed_logins int not null default 0,
  locked_until timestamptz,
  disabled boolean not null default false,
  password_changed_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  check (mobile is not null or email is not null),
  -- separation of duties (三权分立): no account holds two of the three administrator roles
  check ((('SYSTEM_ADMIN' = any(roles))::int + ('SECURITY_ADMIN' = any(roles))::int + ('AUDIT_ADMIN' = any(roles))::int) <= 1)
);

create table session (
  id text primary key,               -- sha-256 of the opaque token; the token itself is never stored
  account_id uuid not null references account(id),
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  idle_timeout_s int not null,
  revoked_at timestamptz,
  ip text,
  user_agent text
);
create index session_account_idx on session(account_id) where revoked_at is null;

create table enterprise (
  id uuid primary key,
  site_id uuid not null references site(id),
  uscc text not null unique,
  name text not null,
  region_code text not null,
  industry_code text not null,
  established_on date not null,
  employees int not null check (employees >= 0),
  revenue numeric(16, 2) not null check (revenue >= 0),
  total_assets numeric(16, 2) not null check (total_assets >= 0),
  size_class text not null check (size_class in ('LARGE', 'MEDIUM', 'SMALL', 'MICRO')),
  qualifications text[] not null default '{}',
  contact_name text not null,
  contact_phone text not null,
  contact_email text,
  status text not null default 'PENDING' check (status in ('PENDING', 'VERIFIED', 'REJECTED')),
  review_reason text,
  reviewed_at timestamptz,
  reviewed_by uuid references account(id),
  created_by uuid not null references account(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index enterprise_site_created_idx on enterprise(site_id, created_at desc, id);
create index enterprise_status_idx on enterprise(status, created_at desc);
create index enterprise_name_trgm on enterprise using gin (name gin_trgm_ops);

create table institution (
  id uuid primary key,
  site_id uuid not null references site(id),
  name text not null unique,
  type text not null check (type in ('PUBLIC_INTEREST', 'GOVERNMENT', 'MARKET')),
  columns text[] not null,
  region_codes text[] not null,
  qualifications text not null default '',
  description text not null default '',
  responsible_department text not null,
  contact_name text not null,
  contact_phone text not null,
  contact_email text,
  status text not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED')),
  review_reason text,
  reviewed_at timestamptz,
  reviewed_by uuid references account(id),
  created_by uuid not null references account(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index institution_status_idx on institution(status, created_at desc);
create index institution_columns_idx on institution using gin (columns);

alter table account add constraint account_enterprise_fk foreign key (enterprise_id) references enterprise(id);
alter table account add constraint account_institution_fk foreign key (institution_id) references institution(id);
create index account_enterprise_idx on account(enterprise_id);
create index account_institution_idx on account(institution_id);

create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor_id uuid,
  actor_role text,
  ip text,
  operation text not null,
  object_type text,
  object_id text,
  result text not null check (result in ('SUCCESS', 'FAILURE')),
  detail jsonb not null default '{}',
  request_id text
);
create index audit_log_at_idx on audit_log(at desc, id desc);
create index audit_log_actor_idx on audit_log(actor_id, at desc);
create index audit_log_operation_idx on audit_log(operation, at desc);

-- The audit log is append-only for every role the application uses: updates, deletes and truncation fail.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only' using errcode = 'insufficient_privilege';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_append_only();
