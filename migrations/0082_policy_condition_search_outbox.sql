-- Search finds a policy by the names and aliases of the qualifications its conditions require (issue 15): a change
-- of its conditions re-indexes the policy. (A renamed qualification reaches the index with a reconcile or reindex.)
create function policy_condition_search_outbox() returns trigger language plpgsql as $$
begin
  insert into search_outbox (kind, ref_id) values ('policy', case when tg_op = 'DELETE' then old.policy_id else new.policy_id end);
  return null;
end $$;

create trigger policy_condition_search_outbox after insert or update or delete on policy_condition
  for each row execute function policy_condition_search_outbox();
