-- Sites inherit (B1): a city site shows its own content and its province's, except items the operator marks
-- province-only (e.g. a provincial notice that applies only to enterprises registered at the province). The
-- flag lives on the item (not on the version) so an operator can change it without a new review round.
alter table policy add column province_only boolean not null default false;
alter table activity add column province_only boolean not null default false;
alter table service_product add column province_only boolean not null default false;

-- The public view gains the flag (appended: `create or replace view` keeps the existing columns in order).
create or replace view policy_published as
select p.id, p.site_id, v.title, v.doc_no, v.departments, v.published_on, v.effective_from, v.effective_to,
       case when p.status = 'EXPIRED' then 'EXPIRED' else v.validity end as validity,
       v.author, v.source_name, v.source_url, v.body, v.tags, v.policy_type, v.industries, v.size_classes,
       v.regions, v.hot_words, v.columns, p.featured,
       case when p.status = 'EXPIRED' then 'EXPIRED' else 'PUBLISHED' end as status,
       null::text as review_comment, p.published_version, p.dedupe_key, p.content_hash, p.view_count,
       p.created_by, p.updated_by, p.submitted_by, p.reviewed_by, p.published_at, p.created_at,
       v.published_at as updated_at, p.province_only
  from policy p
  join policy_version v on v.policy_id = p.id and v.version = p.published_version
 where p.published_version is not null and p.status <> 'WITHDRAWN';

-- Province-only items of a province, looked up on every city-site search.
create index policy_province_only on policy(site_id) where province_only;
create index activity_province_only on activity(site_id) where province_only;
create index service_product_province_only on service_product(site_id) where province_only;
