import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useConfirm } from '../../components/feedback.js';
import { useFetchMore } from '../../components/paging.js';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import { formatDateTime } from '../../lib/codes.js';
import { describeRequestError, type UserError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link } from '../../lib/router.js';
import { StaffOnly } from '../review/AdminHomePage.js';

const SearchOpsQuery = graphql(`
  query SearchOps($after: String) {
    searchTopQueries(first: 20) {
      query
      searches
      clicks
      zeroResults
      lastAt
    }
    searchZeroResultQueries(first: 20) {
      query
      searches
      lastAt
    }
    searchConcepts(first: 100, after: $after) {
      totalCount
      nodes {
        id
        phrase
        expansions
        updatedAt
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const SaveConcept = graphql(`
  mutation SaveConcept($input: SearchConceptInput!) {
    searchConceptSave(input: $input) {
      concept {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const DeleteConcept = graphql(`
  mutation DeleteConcept($input: SearchConceptDeleteInput!) {
    searchConceptDelete(input: $input) {
      deletedId
      errors {
        code
        field
        message
      }
    }
  }
`);

function splitTerms(text: string): string[] {
  return text
    .split(/[,，、;；\s]+/)
    .map((t) => t.trim())
    .filter(Boolean);
}

function ConceptForm({ phrase: initial, onSaved }: { phrase: string; onSaved: () => Promise<unknown> }) {
  const [phrase, setPhrase] = useState(initial);
  const [expansions, setExpansions] = useState('');
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SaveConcept);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSaved(null);
    try {
      const res = await save({ variables: { input: { phrase: phrase.trim(), expansions: splitTerms(expansions) } } });
      const errs = res.data?.searchConceptSave.errors ?? [];
      setErrors(errs);
      if (!errs.length) {
        setSaved(`已保存：搜索“${phrase.trim()}”时也会查找 ${splitTerms(expansions).join('、')}`);
        setPhrase('');
        setExpansions('');
        await onSaved();
      }
    } catch (err) {
      setErrors([{ code: 'NETWORK', message: describeRequestError(err) }]);
    }
  }
  return (
    <form className="form concept-form" onSubmit={submit} aria-label="添加或修改概念">
      {errors.length ? (
        <div className="form-alert" role="alert">
          {errors.map((e, i) => (
            <p key={i}>{e.message}</p>
          ))}
        </div>
      ) : null}
      {saved ? (
        <p className="notice" role="status">
          {saved}
        </p>
      ) : null}
      <div className="form-grid">
        <div className="field">
          <label htmlFor="concept-phrase">口语说法</label>
          <input id="concept-phrase" value={phrase} maxLength={20} required onChange={(e) => setPhrase(e.target.value)} placeholder="如：借钱" />
        </div>
        <div className="field">
          <label htmlFor="concept-expansions">对应的规范词</label>
          <input
            id="concept-expansions"
            value={expansions}
            required
            onChange={(e) => setExpansions(e.target.value)}
            placeholder="如：融资、贷款（用顿号或逗号分隔）"
          />
        </div>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? '正在保存…' : '保存概念'}
        </button>
      </div>
    </form>
  );
}

function SearchOps() {
  const query = useQuery(SearchOpsQuery, { fetchPolicy: 'cache-and-network' });
  const { data, loading, error, refetch } = query;
  const moreConcepts = useFetchMore(query, data?.searchConcepts);
  const [remove] = useMutation(DeleteConcept);
  const [confirm, confirmDialog] = useConfirm();
  const [draft, setDraft] = useState('');
  const [draftKey, setDraftKey] = useState(0);
  if (loading && !data) return <Loading label="正在加载搜索统计…" />;
  if (error && !data) return <ErrorState message={`搜索统计加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  if (!data) return null;
  function addFor(query: string) {
    setDraft(query.slice(0, 20));
    setDraftKey((k) => k + 1);
    document.getElementById('concepts')?.scrollIntoView();
  }
  return (
    <>
      <div className="search-ops">
        <section aria-labelledby="ops-top">
          <h2 id="ops-top">热门搜索词</h2>
          {data.searchTopQueries.length ? (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">搜索词</th>
                  <th scope="col">次数</th>
                  <th scope="col">点击</th>
                  <th scope="col">零结果</th>
                </tr>
              </thead>
              <tbody>
                {data.searchTopQueries.map((q) => (
                  <tr key={q.query}>
                    <td>
                      <Link to={`/search?q=${encodeURIComponent(q.query)}`}>{q.query}</Link>
                    </td>
                    <td>{q.searches}</td>
                    <td>{q.clicks}</td>
                    <td>{q.zeroResults}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <EmptyState title="暂无搜索记录" />
          )}
        </section>
        <section aria-labelledby="ops-zero">
          <h2 id="ops-zero">零结果搜索词</h2>
          <p className="hint">用户搜不到内容的说法：补充内容，或把它加为概念，指向已有的规范词。</p>
          {data.searchZeroResultQueries.length ? (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">搜索词</th>
                  <th scope="col">次数</th>
                  <th scope="col">最近</th>
                  <th scope="col">
                    <span className="visually-hidden">操作</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.searchZeroResultQueries.map((q) => (
                  <tr key={q.query}>
                    <td>{q.query}</td>
                    <td>{q.searches}</td>
                    <td>{formatDateTime(q.lastAt)}</td>
                    <td>
                      <button type="button" className="button button--ghost" onClick={() => addFor(q.query)} aria-label={`把“${q.query}”加为概念`}>
                        加为概念
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <EmptyState title="暂无零结果搜索" />
          )}
        </section>
      </div>
      <section id="concepts" aria-labelledby="ops-concepts" className="section">
        {confirmDialog}
        <h2 id="ops-concepts">概念表（{data.searchConcepts.totalCount}）</h2>
        <p className="hint">口语说法在搜索时扩展为规范词，例如“借钱”扩展为“融资”“贷款”。保存同一说法会替换它的规范词。最近修改的排在前面。</p>
        <ConceptForm key={draftKey} phrase={draft} onSaved={refetch} />
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">口语说法</th>
              <th scope="col">规范词</th>
              <th scope="col">更新时间</th>
              <th scope="col">
                <span className="visually-hidden">操作</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.searchConcepts.nodes.map((c) => (
              <tr key={c.id}>
                <td>{c.phrase}</td>
                <td>{c.expansions.join('、')}</td>
                <td>{formatDateTime(c.updatedAt)}</td>
                <td>
                  <button
                    type="button"
                    className="button button--ghost"
                    aria-label={`删除概念“${c.phrase}”`}
                    onClick={async () => {
                      const ok = await confirm({
                        title: `删除概念“${c.phrase}”？`,
                        message: '删除后搜索该说法时不再扩展为规范词。',
                        confirmLabel: '删除',
                        danger: true,
                      });
                      if (!ok) return;
                      await remove({ variables: { input: { id: c.id } } });
                      await refetch();
                    }}
                  >
                    删除
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {moreConcepts}
      </section>
    </>
  );
}

/** /admin/search — search operations (Q4): top and zero-result queries, the concept table. */
export function SearchOpsPage() {
  usePageTitle('搜索运营');
  return (
    <StaffOnly title="搜索运营">
      <div className="container page">
        <nav className="breadcrumb" aria-label="位置">
          <Link to="/admin">运营后台</Link> / 搜索运营
        </nav>
        <h1>搜索运营</h1>
        <SearchOps />
      </div>
    </StaffOnly>
  );
}
