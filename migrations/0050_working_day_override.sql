-- Operators' corrections to the SLA working-day calendar (M1): the public holidays and make-up working days
-- (调休) come from the chinese-days package; a row here wins over it for one China date (a local holiday, a
-- year the package does not know yet, a correction). Bounded by its mutation; every change is audited.
create table working_day_override (
  day date primary key,
  workday boolean not null,
  note text not null,
  updated_by uuid not null references account(id),
  updated_at timestamptz not null
);
