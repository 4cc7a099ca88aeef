-- Issue #14: the lexicon learns from every document (titles and bodies) with document frequency, the support
-- a typo correction needs (a correction fires only towards a much better supported term).
alter table search_term add column df int not null default 0;
alter table search_term drop constraint if exists search_term_source_check;
alter table search_term add constraint search_term_source_check check (source in ('DICT', 'TITLE', 'BODY', 'QUERY'));
-- Document frequencies of the terms already indexed (exact, from the PostgreSQL index; Typesense deployments
-- learn them as documents are re-indexed).
update search_term t set df = s.ndoc from ts_stat('select tsv from search_document') s where s.word = t.term;
