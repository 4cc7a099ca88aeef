-- Search (Q1–Q4, B4): the PostgreSQL search index, its lexicon, the trigger-fed outbox, the operator-editable
-- concept table (colloquial expansions) and anonymous query statistics.

-- One row per indexed object. `tsv` holds jieba search-mode tokens of the title (weight A) and body (D)
-- under the 'simple' configuration (no stemming, no stop words: segmentation happens in the application).
create table search_document (
  kind text not null,
  ref_id uuid not null,
  site_id uuid not null references site(id),
  columns text[] not null default '{}',
  type text,
  department text,
  regions text[] not null default '{}',
  industries text[] not null default '{}',
  published_at timestamptz,
  valid_to timestamptz,
  title text not null,
  body text not null default '',
  url text,
  in_force boolean not null default true,
  popularity int not null default 0,
  clicks int not null default 0,
  service boolean not null default false,
  tsv tsvector not null,
  -- Hash of the source document, to find stale entries (reconcile).
  fingerprint text not null default '',
  indexed_at timestamptz not null default now(),
  primary key (kind, ref_id)
);
-- fastupdate off: no pending list to scan on every query (indexing runs in jobs, so slower writes are fine).
create index search_document_tsv_idx on search_document using gin (tsv) with (fastupdate = off);
create index search_document_site_idx on search_document (site_id, published_at desc);
create index search_document_title_prefix_idx on search_document (title text_pattern_ops);

-- Terms for corrections, pinyin conversion and suggestions: the versioned domain dictionary, words of
-- indexed titles and popular queries. Pinyin keys are computed by the application when a term is added.
create table search_term (
  term text primary key,
  weight int not null default 1,
  source text not null check (source in ('DICT', 'TITLE', 'QUERY')),
  pinyin text not null,
  syllables text not null,
  initials text not null
);
create index search_term_trgm_idx on search_term using gin (term gin_trgm_ops);
create index search_term_prefix_idx on search_term (term text_pattern_ops);

create table search_meta (
  key text primary key,
  value text not null
);

-- The outbox: a row per changed object, written in the same transaction as the change (by triggers or by
-- enqueueIndex). Each row also enqueues a `search.index` job, so no change is lost if a process dies.
create table search_outbox (
  id bigint generated always as identity primary key,
  kind text not null,
  ref_id uuid not null,
  created_at timestamptz not null default now()
);
create index search_outbox_kind_idx on search_outbox (kind, id);

create function search_outbox_job() returns trigger language plpgsql as $$
begin
  insert into job (queue, payload, dedupe_key) values ('search.index', '{}', 'search.index:' || new.id)
    on conflict (dedupe_key) do nothing;
  return null;
end $$;
create trigger search_outbox_job after insert on search_outbox for each row execute function search_outbox_job();

-- Attach to any content table with a uuid `id`: `create trigger … execute function search_outbox_capture('kind')`.
create function search_outbox_capture() returns trigger language plpgsql as $$
begin
  insert into search_outbox (kind, ref_id) values (tg_argv[0], case when tg_op = 'DELETE' then old.id else new.id end);
  return null;
end $$;

create trigger institution_search_outbox after insert or update or delete on institution
  for each row execute function search_outbox_capture('institution');

-- Content tables of other modules that already exist when this migration runs get the same trigger; those
-- created later add it in their own migration (docs/search.md). Rows of kinds without a registered source
-- wait in the outbox until one is registered.
do $$
declare t record;
begin
  for t in select * from (values ('policy', 'policy'), ('service_product', 'serviceProduct'), ('demand', 'demand'),
                                 ('activity', 'activity')) as v(tbl, kind) loop
    if to_regclass(t.tbl) is not null then
      execute format('create trigger %I after insert or update or delete on %I for each row execute function search_outbox_capture(%L)',
                     t.tbl || '_search_outbox', t.tbl, t.kind);
    end if;
  end loop;
end $$;

-- Colloquial expressions and the terms they stand for (借钱 → 融资, 贷款). Operators edit them (audited).
create table search_concept (
  id uuid primary key default gen_random_uuid(),
  phrase text not null unique,
  expansions text[] not null check (cardinality(expansions) between 1 and 10),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
insert into search_concept (phrase, expansions) values
  ('借钱', '{融资,贷款}'),
  ('缺钱', '{融资,贷款}'),
  ('贷点钱', '{贷款,融资}'),
  ('资金周转', '{融资,贷款,应急转贷}'),
  ('周转', '{应急转贷,续贷}'),
  ('招人', '{人才招聘,招聘}'),
  ('找人才', '{人才招聘,人才引进}'),
  ('用工难', '{招聘,用工}'),
  ('办执照', '{企业登记,营业执照}'),
  ('开公司', '{企业登记,企业注册}'),
  ('注册公司', '{企业登记,企业注册}'),
  ('少交税', '{减税降费,税收优惠}'),
  ('减税', '{减税降费,税收优惠}'),
  ('退税', '{留抵退税,税收优惠}'),
  ('补钱', '{补贴,奖补}'),
  ('发钱', '{补贴,奖补}'),
  ('给补助', '{补贴}'),
  ('补助', '{补贴,奖补}'),
  ('保工作', '{稳岗补贴,稳岗}'),
  ('不裁员', '{稳岗补贴,稳岗返还}'),
  ('搞研发', '{研发费用,加计扣除}'),
  ('申请专利', '{专利申请,知识产权}'),
  ('打官司', '{法律服务,法律咨询}'),
  ('记账', '{代理记账,财税代理}'),
  ('做账', '{代理记账,财税代理}'),
  ('上市', '{企业上市,上市辅导}'),
  ('培训员工', '{职业技能培训,技能培训}'),
  ('创业', '{创业补贴,创业担保贷款,创业孵化}'),
  ('房租', '{房租减免,租金减免}'),
  ('欠款', '{账款拖欠,清欠}'),
  ('要账', '{账款拖欠,清欠}');

-- Anonymous query statistics (no account, no address): per site and normalised query.
create table search_query_stat (
  site_id uuid not null references site(id),
  query text not null,
  searches int not null default 0,
  zero_results int not null default 0,
  clicks int not null default 0,
  last_hits int not null default 0,
  last_at timestamptz not null default now(),
  primary key (site_id, query)
);
create index search_query_stat_prefix_idx on search_query_stat (query text_pattern_ops);
create index search_query_stat_top_idx on search_query_stat (searches desc);

create table search_click (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  site_id uuid not null references site(id),
  query text not null,
  kind text not null,
  ref_id uuid not null
);
create index search_click_at_idx on search_click (at desc);
