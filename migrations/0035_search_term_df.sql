-- Issue #14: the lexicon learns from every document (titles and bodies) with document frequency, the support
-- a typo correction needs (a correction fires only towards a much better supported term).
alter table search_term add column df int not null default 0;
alter table search_term drop constraint if exists search_term_source_check;
alter table search_term add constraint search_term_source_check check (source in ('DICT', 'TITLE', 'BODY', 'QUERY'));
