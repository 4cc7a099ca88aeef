-- A short ticket code (issue 16): the QR ticket's text is 60 characters, too long to read out or type at the desk.
-- Eight characters from an alphabet without look-alikes (no 0/O, 1/I/L), unique within the activity, which the
-- check-in desk accepts beside the QR payload. Existing registrations get one here.
alter table activity_registration add column ticket_code text;
update activity_registration r set ticket_code = (
  select string_agg(substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + floor(random() * 31)::int, 1), '')
    from generate_series(1, 8 + 0 * length(r.id::text)));
create unique index activity_registration_ticket_code_uq on activity_registration (activity_id, ticket_code);
