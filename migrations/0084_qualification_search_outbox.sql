-- Search indexes a policy with the names and aliases of the qualifications its conditions require (0082). A change of
-- a catalogue entry's name or aliases (or its removal) now re-indexes, in the same transaction, every policy with a
-- published version whose conditions name that code, whoever writes the catalogue; 0082's "reconcile or reindex"
-- for a renamed qualification no longer applies. Statement-level: one outbox row per policy even when a statement
-- changes several entries; issuing body, validity and count unit are not indexed and enqueue nothing.
create function qualification_search_outbox() returns trigger language plpgsql as $$
declare
  codes text[];
begin
  if tg_op = 'UPDATE' then
    codes := array(select code from ((select code, name, aliases from old_kinds except select code, name, aliases from new_kinds)
                                     union (select code, name, aliases from new_kinds except select code, name, aliases from old_kinds)) changed);
  elsif tg_op = 'DELETE' then
    codes := array(select code from old_kinds);
  else
    codes := array(select code from new_kinds);
  end if;
  if cardinality(codes) > 0 then
    insert into search_outbox (kind, ref_id)
    select 'policy', p.id from policy p
     where p.published_version is not null
       and exists (select 1 from policy_condition c
                    where c.policy_id = p.id and c.field in ('QUALIFICATION', 'QUALIFICATION_COUNT') and c."values" && codes);
  end if;
  return null;
end $$;

create trigger qualification_search_outbox_update after update on qualification
  referencing old table as old_kinds new table as new_kinds for each statement execute function qualification_search_outbox();
create trigger qualification_search_outbox_delete after delete on qualification
  referencing old table as old_kinds for each statement execute function qualification_search_outbox();
create trigger qualification_search_outbox_insert after insert on qualification
  referencing new table as new_kinds for each statement execute function qualification_search_outbox();
