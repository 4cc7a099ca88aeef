-- Issue #14: document frequency counted once per document. Each indexed document keeps the lexicon words it
-- contributed, so a re-indexed document adds only its new words and takes back the ones it lost, and a removed
-- document takes back all of its words (before this, every re-index counted a document again).
create table search_term_doc (
  kind text not null,
  ref_id uuid not null,
  words text[] not null,
  primary key (kind, ref_id)
);

-- The documents already in the PostgreSQL index, with the lexicon words their tokens hold; the frequencies are
-- then recounted from these rows (exact). A Typesense deployment has no rows here: its frequencies start at 0
-- and `npm run reindex` counts every document once.
insert into search_term_doc (kind, ref_id, words)
select d.kind, d.ref_id, coalesce(array(select w from unnest(tsvector_to_array(d.tsv)) w join search_term t on t.term = w order by w), '{}')
  from search_document d;
update search_term t set df = coalesce(c.n, 0)
  from (select term, n from search_term left join
         (select w, count(*)::int as n from search_term_doc, unnest(words) w group by w) s on s.w = term) c
 where c.term = t.term and t.df is distinct from coalesce(c.n, 0);
