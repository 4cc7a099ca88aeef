-- Search: per-document ranking inputs computed once when a document is written, not per candidate per query,
-- and the outbox triggers of the column resources (financing products, entrepreneurship resources).

-- Effectively immutable (epoch seconds of a timestamptz and the text form of text arrays depend on no setting),
-- declared so to be usable in generated columns.
create function search_epoch(t timestamptz) returns float8 language sql immutable parallel safe
  as $$ select extract(epoch from t)::float8 $$;
create function search_facet_key(kind text, type text, department text, site_id uuid, columns text[], regions text[],
                                 industries text[]) returns bigint language sql immutable parallel safe
  -- quote_nullable keeps a NULL apart from any text (concat_ws would skip it and merge two combinations)
  as $$ select ('x' || left(md5(concat_ws(chr(31), quote_nullable(kind), quote_nullable(type), quote_nullable(department),
                                           quote_nullable(site_id::text), quote_nullable(columns::text),
                                           quote_nullable(regions::text), quote_nullable(industries::text))), 15))::bit(60)::bigint $$;

-- rank_static: the query-independent part of the score (in force, popularity and clicks);
-- rank_epoch: the date freshness is computed from, as float seconds (numeric `extract` per row was a third of
-- the ranking cost); facet_key: one value per facet combination, so facets group by one bigint instead of
-- seven columns with arrays.
alter table search_document
  add column rank_static float8 generated always as
    ((case when in_force then 0.1 else 0 end + 0.05 * ln(1 + greatest(popularity, 0) + greatest(clicks, 0)))::float8) stored,
  add column rank_epoch float8 generated always as (search_epoch(coalesce(published_at, indexed_at))) stored,
  add column facet_key bigint generated always as
    (search_facet_key(kind, type, department, site_id, columns, regions, industries)) stored;

create trigger financing_product_search_outbox after insert or update or delete on financing_product
  for each row execute function search_outbox_capture('financingProduct');
create trigger startup_resource_search_outbox after insert or update or delete on startup_resource
  for each row execute function search_outbox_capture('startupResource');

-- Runs one search statement of the PostgreSQL engine (pg.engine.ts) in one round trip. The planner prices
-- `tsv @@ query` as cheap and, under a LIMIT, prefers a sequential scan that evaluates the match on every row
-- (149 ms instead of ~3 ms for a term in 4% of 100k documents); a function-level setting applies to the
-- planning of what the function executes, so no begin / set local / commit around each search. When the
-- candidates reach the cap, the planner's row estimate of `estimate` (a statement over the same conditions)
-- is added as `estimate`. Statements are built by the engine with every value escaped by the driver; the
-- function has the caller's rights.
create function search_run(statement text, estimate text, cap int) returns jsonb language plpgsql
  set enable_seqscan = off as $$
declare
  result jsonb;
  plan json;
begin
  execute statement into result;
  if estimate is not null and (result->>'n')::int >= cap then
    execute 'explain (format json) ' || estimate into plan;
    result := result || jsonb_build_object('estimate', (plan->0->'Plan'->>'Plan Rows')::float8);
  end if;
  return result;
end $$;
