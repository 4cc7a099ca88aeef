-- Issue #14 (speed): the postings' search statements (pg.engine.ts) depend only on the query's shape (which filters,
-- boosts and facets it has), not on its values. Planning one took ~1.3 ms of a ~7 ms search for a word in 2% of
-- 100k documents; this runs it as a prepared statement, planned once per connection and shape, with the same
-- settings as search_run (sequential scans off) and a generic plan (the values only move a range scan on the key).
-- `args` is a JSON array of the parameters' texts (null for NULL). A session keeps at most 64 of them: past that they are deallocated and prepared again as needed.
create function search_run_prepared(statement text, args jsonb, estimate text, cap int) returns jsonb language plpgsql
  set enable_seqscan = off set plan_cache_mode = force_generic_plan as $$
declare
  prepared text := 'qifu_search_' || md5(statement);
  result jsonb;
  plan json;
  stale text;
begin
  if not exists (select 1 from pg_prepared_statements s where s.name = prepared) then
    if (select count(*) from pg_prepared_statements s where s.name like 'qifu\_search\_%') >= 64 then
      for stale in select s.name from pg_prepared_statements s where s.name like 'qifu\_search\_%' loop
        execute format('deallocate %I', stale);
      end loop;
    end if;
    execute format('prepare %I as %s', prepared, statement);
  end if;
  execute format('execute %I%s', prepared,
    coalesce('(' || (select string_agg(quote_nullable(a), ', ' order by i) from jsonb_array_elements_text(args) with ordinality as u(a, i)) || ')', ''))
    into result;
  -- 'full' (an OR of words: some word has more postings than were read) or, without it, more candidates than the cap.
  if estimate is not null and coalesce((result->>'full')::boolean, (result->>'n')::int >= cap) then
    execute 'explain (format json) ' || estimate into plan;
    result := result || jsonb_build_object('estimate', (plan->0->'Plan'->>'Plan Rows')::float8);
  end if;
  return result;
end $$;
