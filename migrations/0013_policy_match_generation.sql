-- Matching reads the decomposed, published, in-force policies from memory (server/modules/policy/rulebook.ts)
-- and checks this generation on every request: any change that can alter a match bumps it, so every instance
-- sees the change on its next request.
--
-- The bump runs at commit (deferred constraint triggers), once per transaction: the row is locked only from
-- then to the commit itself, and as the last lock a writer takes, it cannot close a deadlock.
create table policy_match_generation (
  id boolean primary key default true check (id),
  generation bigint not null
);
insert into policy_match_generation (id, generation) values (true, 1);

create function policy_match_bump() returns trigger language plpgsql as $$
begin
  if current_setting('qifu.policy_match_bumped', true) is distinct from 'yes' then
    perform set_config('qifu.policy_match_bumped', 'yes', true);
    update policy_match_generation set generation = generation + 1;
  end if;
  return null;
end $$;

-- publication, withdrawal, expiry and the site of a policy
create constraint trigger policy_match_bump after insert or delete or update of status, published_version, site_id on policy
  deferrable initially deferred for each row execute function policy_match_bump();
-- its conditions
create constraint trigger policy_match_bump after insert or delete or update on policy_condition
  deferrable initially deferred for each row execute function policy_match_bump();
-- its application deadlines (they rank the matches)
create constraint trigger policy_match_bump after insert or delete or update of application_end, policy_id on policy_guide
  deferrable initially deferred for each row execute function policy_match_bump();
