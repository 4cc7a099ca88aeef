-- Invitations to activities registered by INVITATION (M4): the organiser invites a mobile number or an e-mail
-- address (stored normalised: 11 digits, lower-case); only an account with that mobile or e-mail registers.
-- Revoked invitations stay for the record.
create table activity_invitation (
  id uuid primary key,
  activity_id uuid not null references activity(id),
  contact_kind text not null check (contact_kind in ('MOBILE', 'EMAIL')),
  contact text not null,
  invited_by uuid not null references account(id),
  created_at timestamptz not null,
  revoked_by uuid references account(id),
  revoked_at timestamptz
);
create unique index activity_invitation_live on activity_invitation(activity_id, contact) where revoked_at is null;
create index activity_invitation_contact on activity_invitation(contact) where revoked_at is null;
