-- Service columns (F1–F5, S1–S4, T1–T4, K1, C1, B3): financing products, consent to share the enterprise
-- profile, entrepreneurship resource directories, the needs of every column (financing, entrepreneurship,
-- talent, technology/consulting diagnosis) with their routing to institutions and replies, and a monthly
-- statistics summary kept by a trigger in the same transaction as each change.

create table financing_product (
  id uuid primary key,
  site_id uuid not null references site(id),
  institution_id uuid not null references institution(id),
  name text not null,
  lender text not null,
  product_type text not null,
  summary text not null default '',
  amount_min numeric(14, 2) not null check (amount_min >= 0),
  amount_max numeric(14, 2) not null check (amount_max >= amount_min),
  term_min_months int not null check (term_min_months >= 1),
  term_max_months int not null check (term_max_months >= term_min_months),
  rate_min numeric(6, 3) not null check (rate_min >= 0),
  rate_max numeric(6, 3) not null check (rate_max >= rate_min),
  collateral_required boolean not null,
  guarantee_required boolean not null,
  industry_codes text[] not null default '{}', -- empty: any industry
  size_classes text[] not null default '{}',   -- empty: any size
  region_codes text[] not null default '{}',   -- empty: any region
  min_years_established int not null default 0 check (min_years_established >= 0),
  required_materials text[] not null default '{}',
  status text not null default 'LISTED' check (status in ('LISTED', 'DELISTED')),
  created_by uuid not null references account(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index financing_product_listed_idx on financing_product(site_id, created_at desc, id) where status = 'LISTED';
create index financing_product_type_idx on financing_product(product_type) where status = 'LISTED';
create index financing_product_institution_idx on financing_product(institution_id, created_at desc);
create index financing_product_regions_idx on financing_product using gin (region_codes);

-- An enterprise's revocable consent to let one institution see its profile (F2/F3 matching).
create table profile_consent (
  enterprise_id uuid not null references enterprise(id),
  institution_id uuid not null references institution(id),
  granted_by uuid not null references account(id),
  granted_at timestamptz not null,
  revoked_at timestamptz,
  primary key (enterprise_id, institution_id)
);
create index profile_consent_institution_idx on profile_consent(institution_id) where revoked_at is null;

-- Entrepreneurship resource directories (S2): support measures, incubators, venues, training courses.
create table startup_resource (
  id uuid primary key,
  site_id uuid not null references site(id),
  kind text not null check (kind in ('SUPPORT_MEASURE', 'INCUBATOR', 'VENUE', 'TRAINING_COURSE')),
  name text not null,
  summary text not null default '',
  region_code text not null,
  address text,
  area_m2 numeric(12, 2),
  price_yuan_per_m2_month numeric(10, 2),
  vacancies int,
  contact_name text,
  contact_phone text,
  latitude double precision check (latitude between -90 and 90),
  longitude double precision check (longitude between -180 and 180),
  starts_on date,
  ends_on date,
  institution_id uuid references institution(id),
  created_by uuid references account(id),
  created_at timestamptz not null default now()
);
create index startup_resource_kind_idx on startup_resource(kind, region_code, created_at desc);
create index startup_resource_site_idx on startup_resource(site_id, created_at desc, id);
create index startup_resource_geo_idx on startup_resource(latitude, longitude) where latitude is not null;

-- Needs of every column. Form-specific fields live in `details`; what statistics sum is a real column.
create table column_need (
  id uuid primary key,
  site_id uuid not null references site(id),
  "column" text not null check ("column" in ('FINANCING', 'ENTREPRENEURSHIP', 'TALENT', 'TECHNOLOGY', 'CONSULTING')),
  title text not null,
  description text not null,
  enterprise_id uuid references enterprise(id),
  account_id uuid references account(id),        -- null: anonymous entrepreneur
  tracking_hash text unique,                      -- sha-256 of the anonymous tracking code
  contact_name text not null,
  contact_phone text not null,
  region_code text not null,
  industry_code text not null default '',
  amount numeric(14, 2),                          -- 万元 requested (financing)
  headcount int,                                  -- people wanted (talent)
  category text not null default '',
  details jsonb not null default '{}',
  matched boolean not null default false,
  status text not null default 'OPEN' check (status in ('OPEN', 'ANSWERED', 'COMPLETED', 'CANCELLED')),
  first_reply_due timestamptz not null,
  first_replied_at timestamptz,
  closed_at timestamptz,
  docking_id uuid,                                -- seam: the docking opened from this need, once docking lands
  ip text,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index column_need_enterprise_idx on column_need(enterprise_id, created_at desc) where enterprise_id is not null;
create index column_need_account_idx on column_need(account_id, created_at desc) where account_id is not null;
create index column_need_column_idx on column_need(site_id, "column", created_at desc);
create index column_need_ip_idx on column_need(ip, created_at desc);
create index column_need_created_idx on column_need(created_at desc, id desc);
-- the operators' "awaiting first reply / overdue" list, newest first
create index column_need_unanswered_idx on column_need(created_at desc, id desc) where first_replied_at is null;

create table column_need_route (
  need_id uuid not null references column_need(id),
  institution_id uuid not null references institution(id),
  routed_at timestamptz not null,
  first_replied_at timestamptz,
  primary key (need_id, institution_id)
);
create index column_need_route_institution_idx on column_need_route(institution_id, routed_at desc);

create table column_need_reply (
  id uuid primary key,
  need_id uuid not null references column_need(id),
  institution_id uuid references institution(id), -- null: written by the requester
  author_id uuid not null references account(id),
  body text not null,
  created_at timestamptz not null
);
create index column_need_reply_need_idx on column_need_reply(need_id, created_at);

-- Monthly statistics per site, column, region and industry (F5, T4), maintained by the trigger below
-- in the transaction of every insert or update of column_need; every figure counts toward the month
-- in which the need was received. Each need is counted in four rows: (region, industry), (region, '*'),
-- ('*', industry) and ('*', '*'), where '*' means "all", so that a query that neither filters nor groups
-- by region (or industry) reads the small rolled-up rows instead of summing the detailed ones.
create table column_need_monthly (
  site_id uuid not null,
  "column" text not null,
  month date not null,
  region_code text not null,
  industry_code text not null,
  received int not null default 0,
  matched int not null default 0,
  answered int not null default 0,
  answered_in_sla int not null default 0,
  completed int not null default 0,
  amount numeric(18, 2) not null default 0,
  headcount bigint not null default 0,
  primary key (site_id, "column", month, region_code, industry_code)
);
create index column_need_monthly_rollup_idx on column_need_monthly(region_code, industry_code, month);

create function column_need_monthly_apply() returns trigger language plpgsql as $$
declare
  was int := 0;
  r text;
  ind text;
begin
  if tg_op = 'UPDATE' then
    was := 1;
  end if;
  foreach r in array array[new.region_code, '*'] loop
    foreach ind in array array[new.industry_code, '*'] loop
      insert into column_need_monthly as m (site_id, "column", month, region_code, industry_code,
          received, matched, answered, answered_in_sla, completed, amount, headcount)
      values (new.site_id, new."column", date_trunc('month', new.created_at at time zone 'Asia/Shanghai')::date, r, ind,
          1 - was,
          (new.matched)::int - case when was = 1 then (old.matched)::int else 0 end,
          (new.first_replied_at is not null)::int - case when was = 1 then (old.first_replied_at is not null)::int else 0 end,
          (coalesce(new.first_replied_at <= new.first_reply_due, false))::int
            - case when was = 1 then (coalesce(old.first_replied_at <= old.first_reply_due, false))::int else 0 end,
          (new.status = 'COMPLETED')::int - case when was = 1 then (old.status = 'COMPLETED')::int else 0 end,
          coalesce(new.amount, 0) - case when was = 1 then coalesce(old.amount, 0) else 0 end,
          coalesce(new.headcount, 0) - case when was = 1 then coalesce(old.headcount, 0) else 0 end)
      on conflict (site_id, "column", month, region_code, industry_code) do update set
          received = m.received + excluded.received,
          matched = m.matched + excluded.matched,
          answered = m.answered + excluded.answered,
          answered_in_sla = m.answered_in_sla + excluded.answered_in_sla,
          completed = m.completed + excluded.completed,
          amount = m.amount + excluded.amount,
          headcount = m.headcount + excluded.headcount;
    end loop;
  end loop;
  return null;
end $$;

-- The key columns (site, column, created_at, region, industry) never change after insert.
create trigger column_need_monthly_trg after insert or update of matched, first_replied_at, status, amount, headcount
  on column_need for each row execute function column_need_monthly_apply();

-- Rebuilds the summary from the records (bulk loads disable the trigger, then call this).
create function column_need_monthly_rebuild() returns void language sql as $$
  delete from column_need_monthly;
  insert into column_need_monthly (site_id, "column", month, region_code, industry_code,
      received, matched, answered, answered_in_sla, completed, amount, headcount)
  select site_id, "column", m, case when grouping(region_code) = 1 then '*' else region_code end,
         case when grouping(industry_code) = 1 then '*' else industry_code end,
         count(*), count(*) filter (where matched), count(*) filter (where first_replied_at is not null),
         count(*) filter (where first_replied_at <= first_reply_due), count(*) filter (where status = 'COMPLETED'),
         coalesce(sum(amount), 0), coalesce(sum(headcount), 0)
    from (select *, date_trunc('month', created_at at time zone 'Asia/Shanghai')::date as m from column_need) n
   group by grouping sets ((site_id, "column", m, region_code, industry_code), (site_id, "column", m, region_code),
                           (site_id, "column", m, industry_code), (site_id, "column", m));
$$;
