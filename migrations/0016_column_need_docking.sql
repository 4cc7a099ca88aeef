-- A column need follows the docking it continued as (server/modules/columns/need/need-docking.ts): the
-- lookup from a docking to its need, and the need's timeline of what happened to it besides the replies
-- (docking started, completed or ended, rating carried over, amount financed recorded, closed by hand).
create unique index column_need_docking_idx on column_need(docking_id) where docking_id is not null;

create table column_need_event (
  id uuid primary key,
  need_id uuid not null references column_need(id),
  at timestamptz not null,
  type text not null check (type in ('DOCKING_STARTED', 'DOCKING_COMPLETED', 'DOCKING_ENDED', 'RATED', 'AMOUNT_FINANCED', 'CLOSED')),
  body text not null,
  docking_id uuid references docking(id),
  -- the docking's institution: besides the requester and operators, only it sees the event
  institution_id uuid references institution(id),
  actor_id uuid references account(id)
);
create index column_need_event_need_idx on column_need_event(need_id, at, id);
