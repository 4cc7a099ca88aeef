-- Issue #14 (speed): the count of each word's documents per site and facet combination, kept exact by
-- statement-level triggers on search_document (as the postings are, migration 0080). A one-word search filtered
-- by nothing but sites, kinds, regions or industries reads its total and facets here (a few rows) instead of
-- grouping its postings a second time (a third of a search for a word in 2% of 100k documents), and they stay
-- exact past the candidate cap; an OR learns here whether some word has more postings than it ranks.

-- The facet values of each combination (search_facet_key, migration 0011): facets join one row per combination.
-- Kept forever (a few hundred rows: one per distinct kind, type, department, site, columns, regions, industries).
create table search_facet_combo (
  facet_key bigint primary key,
  kind text not null,
  type text,
  department text,
  site_id uuid not null,
  columns text[] not null,
  regions text[] not null,
  industries text[] not null
);

create table search_term_facet (
  term text not null,
  site_id uuid not null,
  facet_key bigint not null,
  -- documents of the site and combination whose tsvector has the word (0 once the last one is gone)
  n int not null,
  primary key (term, site_id, facet_key) include (n)
) with (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.05);

create function search_facet_combo_add() returns trigger language plpgsql as $$
begin
  insert into search_facet_combo (facet_key, kind, type, department, site_id, columns, regions, industries)
  select distinct on (n.facet_key) n.facet_key, n.kind, n.type, n.department, n.site_id, n.columns, n.regions, n.industries
    from new_rows n
   where not exists (select 1 from search_facet_combo c where c.facet_key = n.facet_key)
   order by n.facet_key
  on conflict do nothing;
  return null;
end $$;

-- Counts change only when a document's words, site or combination change: a click or a re-index that changes
-- neither (most updates) writes nothing here. One function for the three events: each has only its own transition
-- tables, so the statement is composed of the ones it has (new rows count +1, old rows -1). Deltas are applied in
-- key order, so two transactions indexing documents with common words wait for each other instead of deadlocking.
create function search_term_facet_change() returns trigger language plpgsql as $$
declare
  words constant text := 'select w as term, r.site_id, r.facet_key, %s as n from %I r cross join lateral unnest(tsvector_to_array(r.tsv)) w';
  parts text[] := '{}';
begin
  if tg_op in ('INSERT', 'UPDATE') then
    parts := parts || format(words, 1, 'new_rows');
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    parts := parts || format(words, -1, 'old_rows');
  end if;
  execute format('insert into search_term_facet as t (term, site_id, facet_key, n)
                  select term, site_id, facet_key, sum(n) from (%s) x group by 1, 2, 3 having sum(n) <> 0 order by 1, 2, 3
                  on conflict (term, site_id, facet_key) do update set n = t.n + excluded.n', array_to_string(parts, ' union all '));
  return null;
end $$;

create trigger search_facet_combo_insert after insert on search_document
  referencing new table as new_rows for each statement execute function search_facet_combo_add();
create trigger search_facet_combo_update after update on search_document
  referencing new table as new_rows for each statement execute function search_facet_combo_add();
create trigger search_term_facet_insert after insert on search_document
  referencing new table as new_rows for each statement execute function search_term_facet_change();
create trigger search_term_facet_delete after delete on search_document
  referencing old table as old_rows for each statement execute function search_term_facet_change();
create trigger search_term_facet_update after update on search_document
  referencing old table as old_rows new table as new_rows for each statement execute function search_term_facet_change();

-- The documents already indexed.
insert into search_facet_combo (facet_key, kind, type, department, site_id, columns, regions, industries)
select distinct on (facet_key) facet_key, kind, type, department, site_id, columns, regions, industries
  from search_document order by facet_key;
insert into search_term_facet (term, site_id, facet_key, n)
select term, site_id, facet_key, count(*) from search_posting group by 1, 2, 3;
