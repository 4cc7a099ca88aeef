-- An open WebSocket subscription was authorised once, when it started. Any change that can end or narrow that
-- authorisation (a session revoked, the account disabled, its roles or its enterprise/institution changed) now
-- publishes 'account.accessChanged' on the event bus from the database itself, so no code path that makes such
-- a change can forget to: the socket layer re-checks the session and closes the socket with 4403.
-- The payload has the EventBus format ({topic, payload}); it leaves only when the transaction commits, and
-- PostgreSQL folds identical notifications of one transaction into one.
create function account_access_changed(account_id uuid) returns void language sql as $$
  select pg_notify('qifu_events', json_build_object('topic', 'account.accessChanged', 'payload', json_build_object('accountId', account_id))::text);
$$;
create function session_revoked_notify() returns trigger language plpgsql as $$
begin
  perform account_access_changed(new.account_id);
  return null;
end $$;
create function account_changed_notify() returns trigger language plpgsql as $$
begin
  perform account_access_changed(new.id);
  return null;
end $$;

create trigger session_access_changed after update of revoked_at on session
  for each row when (old.revoked_at is null and new.revoked_at is not null)
  execute function session_revoked_notify();

create trigger account_access_changed after update of disabled, roles, enterprise_id, enterprise_role, institution_id, institution_admin on account
  for each row when (old.disabled is distinct from new.disabled
                     or old.roles is distinct from new.roles
                     or old.enterprise_id is distinct from new.enterprise_id
                     or old.enterprise_role is distinct from new.enterprise_role
                     or old.institution_id is distinct from new.institution_id
                     or old.institution_admin is distinct from new.institution_admin)
  execute function account_changed_notify();
