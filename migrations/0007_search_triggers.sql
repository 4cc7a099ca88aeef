-- A public view of a policy bumps view_count; that alone must not queue a re-index job.
drop trigger if exists policy_search_outbox on policy;
create trigger policy_search_outbox_write after insert or delete on policy
  for each row execute function search_outbox_capture('policy');
create trigger policy_search_outbox_update after update on policy
  for each row when ((to_jsonb(old) - 'view_count') is distinct from (to_jsonb(new) - 'view_count'))
  execute function search_outbox_capture('policy');

-- Demands are visible only to their enterprise, operators and matching institutions, while search is public:
-- they are not indexed, so their changes need no outbox rows.
drop trigger if exists demand_search_outbox on demand;
