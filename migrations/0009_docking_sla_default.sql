-- Platform-default docking clocks (M1), set by operators; one row. Institutions' own settings win over it;
-- without a row the built-in defaults apply (first response 2 working hours, reply 1 working day, resolution 15).
create table platform_docking_sla (
  singleton boolean primary key default true check (singleton),
  first_response_minutes int not null check (first_response_minutes between 30 and 4800),
  reply_minutes int not null check (reply_minutes between 30 and 4800),
  resolution_minutes int not null check (resolution_minutes between 480 and 96000),
  updated_by uuid references account(id),
  updated_at timestamptz not null default now()
);
