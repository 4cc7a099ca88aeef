-- Matching that tells the truth about every condition (B2, P5, O1, I1).
--
-- Unknown is a value: every matching field of the profile may be undeclared (null, distinct from 0 or an empty
-- list). The size class is decided only when every possible value of the missing indicators gives the same
-- class; `size_classes` holds the classes still possible (one element when decided).
alter table enterprise
  alter column established_on drop not null,
  alter column employees drop not null,
  alter column revenue drop not null,
  alter column total_assets drop not null,
  alter column size_class drop not null,
  alter column qualifications drop not null,
  add column size_classes text[] not null default '{}',
  -- per field: SELF_DECLARED, OPERATOR_VERIFIED or IMPORTED (a field not listed: self-declared)
  add column field_sources jsonb not null default '{}';
update enterprise set size_classes = array[size_class] where size_class is not null;

-- The qualification catalogue kept by operators (was a closed list of 7 codes in the code).
create table qualification (
  code text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
  name text not null unique,
  aliases text[] not null default '{}',
  issuing_body text not null default '',
  -- how long an award is valid, in years (null: no fixed term)
  validity_years int check (validity_years between 1 and 50),
  -- numeric kinds (有效发明专利 …) are declared as a count in this unit; null: held or not
  count_unit text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
insert into qualification (code, name, aliases, issuing_body, validity_years, count_unit) values
  ('HIGH_TECH', '高新技术企业', '{国家高新技术企业,高企}', '省级科技、财政、税务部门（高新技术企业认定管理机构）', 3, null),
  ('TECH_SME', '科技型中小企业', '{科技型中小企业入库}', '省级科技管理部门', 1, null),
  ('SRDI', '专精特新中小企业', '{专精特新}', '省级中小企业主管部门', 3, null),
  ('LITTLE_GIANT', '专精特新“小巨人”企业', '{小巨人}', '工业和信息化部', 3, null),
  ('INNOVATIVE_SME', '创新型中小企业', '{}', '省级中小企业主管部门', 3, null),
  ('GAZELLE', '瞪羚企业', '{}', '地方科技管理部门', null, null),
  ('ENTERPRISE_TECH_CENTER', '省级企业技术中心', '{企业技术中心}', '省级发展改革、经济和信息化部门', null, null),
  ('INVENTION_PATENT', '有效发明专利', '{发明专利,有效发明专利数}', '国家知识产权局', null, '件'),
  ('UTILITY_MODEL', '实用新型专利', '{实用新型}', '国家知识产权局', null, '件'),
  ('TRADEMARK', '注册商标', '{商标}', '国家知识产权局商标局', 10, '件'),
  ('SOFTWARE_COPYRIGHT', '软件著作权', '{软著,计算机软件著作权}', '中国版权保护中心', null, '件'),
  ('ABOVE_SCALE_INDUSTRY', '规模以上工业企业', '{规上工业企业,规上企业}', '统计部门', 1, null),
  ('FOREIGN_TRADE_RECORD', '对外贸易经营者备案', '{进出口权,外贸备案}', '商务主管部门', null, null),
  ('GREEN_FACTORY', '绿色工厂', '{国家级绿色工厂}', '工业和信息化部', null, null),
  ('IP_COMPLIANCE', '知识产权合规管理体系认证', '{知识产权管理体系认证,GB/T 29490认证}', '认证机构（国家认监委批准）', 3, null);

-- What an enterprise declares about each qualification it holds: validity dates, count (numeric kinds), and
-- whether an operator has verified it. `enterprise.qualifications` keeps the codes (set-based matching).
create table enterprise_qualification (
  enterprise_id uuid not null references enterprise(id) on delete cascade,
  code text not null references qualification(code),
  valid_from date,
  valid_to date,
  count int check (count >= 0),
  verified_at timestamptz,
  verified_by uuid references account(id),
  primary key (enterprise_id, code),
  check (valid_from is null or valid_to is null or valid_from <= valid_to)
);

-- A condition an operator checks by hand (e.g. 无严重失信行为): matched as LIKELY with 需人工核验.
alter table policy_condition drop constraint policy_condition_operator_check;
alter table policy_condition add constraint policy_condition_operator_check check (operator in ('IN', 'NOT_IN', 'GTE', 'LTE', 'BETWEEN', 'HAS', 'CHECK'));

-- The sentences of the conditions section as the operator marked them in the decomposition tool (null: not
-- marked). A marked sentence no condition is pinned to is "not checked": the verdict names it and is at most LIKELY.
alter table policy add column condition_sentences text[];
create constraint trigger policy_match_bump_sentences after update of condition_sentences on policy
  deferrable initially deferred for each row
  when (new.published_version is not null and old.condition_sentences is distinct from new.condition_sentences)
  execute function policy_match_bump();
