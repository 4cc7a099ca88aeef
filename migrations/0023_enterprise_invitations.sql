-- Membership by invitation (B1 consent): an owner invites, the invitee accepts or declines. Nobody joins an
-- enterprise, and nobody is signed out, because someone else typed their mobile number.
create table enterprise_invitation (
  id uuid primary key,
  enterprise_id uuid not null references enterprise(id),
  account_id uuid not null references account(id),
  invited_by uuid not null references account(id),
  status text not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
  created_at timestamptz not null default now(),
  decided_at timestamptz
);
create unique index enterprise_invitation_open on enterprise_invitation(enterprise_id, account_id) where status = 'PENDING';
create index enterprise_invitation_invitee on enterprise_invitation(account_id) where status = 'PENDING';
