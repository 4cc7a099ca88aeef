-- 通知公告 (portal notices): written by operators of a site, shown on its home page and at /notices. A city site
-- shows its own notices and its province's (the site module's inheritance rule), so the row carries
-- `province_only` like the other inherited content. Unpublished notices (published_at null) are staff-only.
create table notice (
  id uuid primary key,
  site_id uuid not null references site(id),
  title text not null,
  body text not null,
  pinned boolean not null default false,
  province_only boolean not null default false,
  published_at timestamptz,
  created_by uuid references account(id),
  updated_by uuid references account(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- The public list: pinned first, newest first, published only.
create index notice_published_idx on notice(site_id, pinned desc, published_at desc, id desc) where published_at is not null;
create index notice_province_only on notice(site_id) where province_only;

-- The portal footer of a site (主办单位, 承办单位, 备案号, contact): one row per site, written by a system
-- administrator; a site without a row shows no such lines. Kept apart from `site` so the site registry's
-- in-memory copy stays small and these texts change without touching routing data.
create table site_setting (
  site_id uuid primary key references site(id),
  organizer text,
  operator_unit text,
  icp_record text,
  police_record text,
  phone text,
  email text,
  address text,
  updated_by uuid references account(id),
  updated_at timestamptz not null default now()
);
