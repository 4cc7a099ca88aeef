-- Issue #14 (speed): postings with their ranking inputs, so a one-word search (or an OR of alternatives) is ranked,
-- counted and faceted from one index-only range scan instead of visiting every matching row of search_document
-- (2,000 heap rows for a term in 2% of 100k documents: most of the cost, and each visit deTOASTs a long tsvector
-- to compute ts_rank). Kept by statement-level triggers from search_document, so every writer (upsert, delete,
-- clicks, bulk loads) keeps them exact; pg.engine.ts uses them when the query's score decomposes per word.

-- ts_rank(tsv, 'word') with the default weights and no normalisation, computed from the word's own positions
-- (PostgreSQL's calc_rank_or for one item, float4 steps as in C): stored per posting, so no tsvector is read at
-- search time. For an OR of distinct words ts_rank is the sum of these divided by the number of words.
create function search_word_rank(weights text[]) returns real language plpgsql immutable parallel safe as $$
declare
  w real;
  resj real := 0;
  wjm real := -1;
  jm int := 0;
  j int := 0;
  wt text;
begin
  foreach wt in array coalesce(weights, array['D']) loop
    w := case wt when 'A' then 1.0 when 'B' then 0.4 when 'C' then 0.2 else 0.1 end;
    resj := resj + w / ((j + 1) * (j + 1))::real;
    if w > wjm then
      wjm := w;
      jm := j;
    end if;
    j := j + 1;
  end loop;
  return ((wjm + resj - wjm / ((jm + 1) * (jm + 1))::real)::float8 / 1.64493406685::float8)::real;
end $$;

-- One row per (word, document). The key leads with the word and the site, so a search reads one contiguous range;
-- INCLUDE carries everything the score, the filters it supports, the candidate order and the facets need.
create table search_posting (
  term text not null,
  site_id uuid not null,
  kind text not null,
  ref_id uuid not null,
  -- ts_rank of the document for this word alone (search_word_rank)
  tscore real not null,
  -- the word is a title token (weight A), and the title contains it as text (the whole-phrase bonus)
  in_title boolean not null,
  title_has boolean not null,
  rank_static float8 not null,
  rank_epoch float8 not null,
  in_force boolean not null,
  published_at timestamptz,
  facet_key bigint not null,
  regions text[] not null,
  industries text[] not null,
  primary key (term, site_id, kind, ref_id)
    include (tscore, in_title, title_has, rank_static, rank_epoch, in_force, published_at, facet_key, regions, industries)
) with (
  -- Index-only scans skip the heap only on all-visible pages: vacuum soon after writes (reindexes, clicks).
  autovacuum_vacuum_scale_factor = 0.01,
  autovacuum_vacuum_insert_scale_factor = 0.01,
  autovacuum_analyze_scale_factor = 0.02
);

create function search_posting_add() returns trigger language plpgsql as $$
begin
  insert into search_posting (term, site_id, kind, ref_id, tscore, in_title, title_has, rank_static, rank_epoch, in_force,
                              published_at, facet_key, regions, industries)
  select u.lexeme, n.site_id, n.kind, n.ref_id, search_word_rank(u.weights), 'A' = any(u.weights),
         strpos(lower(n.title), u.lexeme) > 0, n.rank_static, n.rank_epoch, n.in_force, n.published_at, n.facet_key,
         n.regions, n.industries
    from new_rows n cross join lateral unnest(n.tsv) u;
  return null;
end $$;

create function search_posting_remove() returns trigger language plpgsql as $$
begin
  delete from search_posting p
   using old_rows o cross join lateral unnest(tsvector_to_array(o.tsv)) w
   where p.term = w and p.site_id = o.site_id and p.kind = o.kind and p.ref_id = o.ref_id;
  return null;
end $$;

create trigger search_posting_insert after insert on search_document
  referencing new table as new_rows for each statement execute function search_posting_add();
create trigger search_posting_delete after delete on search_document
  referencing old table as old_rows for each statement execute function search_posting_remove();
-- An update (re-index, a click changing rank_static) replaces the document's postings: one trigger, removal first
-- (two triggers on the same event would fire in name order).
create function search_posting_replace() returns trigger language plpgsql as $$
begin
  delete from search_posting p
   using old_rows o cross join lateral unnest(tsvector_to_array(o.tsv)) w
   where p.term = w and p.site_id = o.site_id and p.kind = o.kind and p.ref_id = o.ref_id;
  insert into search_posting (term, site_id, kind, ref_id, tscore, in_title, title_has, rank_static, rank_epoch, in_force,
                              published_at, facet_key, regions, industries)
  select u.lexeme, n.site_id, n.kind, n.ref_id, search_word_rank(u.weights), 'A' = any(u.weights),
         strpos(lower(n.title), u.lexeme) > 0, n.rank_static, n.rank_epoch, n.in_force, n.published_at, n.facet_key,
         n.regions, n.industries
    from new_rows n cross join lateral unnest(n.tsv) u;
  return null;
end $$;
create trigger search_posting_update after update on search_document
  referencing old table as old_rows new table as new_rows for each statement execute function search_posting_replace();

-- The documents already indexed.
insert into search_posting (term, site_id, kind, ref_id, tscore, in_title, title_has, rank_static, rank_epoch, in_force,
                            published_at, facet_key, regions, industries)
select u.lexeme, d.site_id, d.kind, d.ref_id, search_word_rank(u.weights), 'A' = any(u.weights),
       strpos(lower(d.title), u.lexeme) > 0, d.rank_static, d.rank_epoch, d.in_force, d.published_at, d.facet_key,
       d.regions, d.industries
  from search_document d cross join lateral unnest(d.tsv) u;
