-- The rulebook's generation (0013) was bumped by every change to any policy, published or not: each draft saved,
-- each import chunk and each condition edit on an unpublished policy made every instance reload the rulebook.
-- Only changes that can alter a match now bump it: publication (a new published version), and for a policy
-- with a published version its site, expiry or withdrawal, its conditions and its guides' deadlines.
drop trigger policy_match_bump on policy;
drop trigger policy_match_bump on policy_condition;
drop trigger policy_match_bump on policy_guide;

create constraint trigger policy_match_bump_insert after insert on policy
  deferrable initially deferred for each row when (new.published_version is not null)
  execute function policy_match_bump();
create constraint trigger policy_match_bump_delete after delete on policy
  deferrable initially deferred for each row when (old.published_version is not null)
  execute function policy_match_bump();
-- (the public view shows the last published version unless the policy is withdrawn, and marks it expired)
create constraint trigger policy_match_bump_update after update of status, published_version, site_id on policy
  deferrable initially deferred for each row
  when (old.published_version is distinct from new.published_version
        or (new.published_version is not null
            and (old.site_id is distinct from new.site_id
                 or (old.status is distinct from new.status
                     and (old.status in ('EXPIRED', 'WITHDRAWN') or new.status in ('EXPIRED', 'WITHDRAWN'))))))
  execute function policy_match_bump();

-- Conditions and guides count only for a policy that has a published version (checked at commit).
create function policy_match_bump_if_published() returns trigger language plpgsql as $$
begin
  if current_setting('qifu.policy_match_bumped', true) is distinct from 'yes'
     and exists (select 1 from policy p
                  where p.published_version is not null
                    and p.id in ((case when tg_op = 'DELETE' then old.policy_id else new.policy_id end),
                                 (case when tg_op = 'UPDATE' then old.policy_id end))) then
    perform set_config('qifu.policy_match_bumped', 'yes', true);
    update policy_match_generation set generation = generation + 1;
  end if;
  return null;
end $$;

create constraint trigger policy_match_bump after insert or delete or update on policy_condition
  deferrable initially deferred for each row execute function policy_match_bump_if_published();
create constraint trigger policy_match_bump after insert or delete or update of application_end, policy_id on policy_guide
  deferrable initially deferred for each row execute function policy_match_bump_if_published();

-- CREDIT_RATING now tests the declared 纳税信用等级 (A/B/M/C/D, 0014). Values written before as 「A级」 or « b »
-- become the grade codes; anything else is left as the operator wrote it (saving the conditions again asks for
-- a valid grade).
update policy_condition
   set "values" = array(select distinct upper(regexp_replace(btrim(v), '级$', '')) from unnest("values") v)
 where field = 'CREDIT_RATING'
   and exists (select 1 from unnest("values") v where v <> upper(regexp_replace(btrim(v), '级$', '')));
