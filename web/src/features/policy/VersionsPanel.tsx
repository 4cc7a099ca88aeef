import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import { formatDateTime } from '../../lib/codes.js';
import { describeRequestError } from '../../lib/errors.js';

const PolicyVersionsQuery = graphql(`
  query PolicyVersions($id: ID!) {
    policy(id: $id) {
      id
      versions {
        version
        title
        changeNote
        publishedAt
      }
    }
  }
`);

const PolicyDiffQuery = graphql(`
  query PolicyVersionDiff($id: ID!, $from: Int!, $to: Int!) {
    policyVersionDiff(policyId: $id, fromVersion: $from, toVersion: $to) {
      fromVersion
      toVersion
      fields {
        field
        label
        before
        after
      }
      body {
        op
        text
      }
    }
  }
`);

export interface DiffData {
  fromVersion: number;
  toVersion: number;
  fields: readonly { field: string; label: string; before?: string | null; after?: string | null }[];
  body: readonly { op: 'SAME' | 'ADDED' | 'REMOVED'; text: string }[];
}

function Diff({ id, from, to }: { id: string; from: number; to: number }) {
  const { data, loading, error } = useQuery(PolicyDiffQuery, { variables: { id, from, to } });
  if (loading && !data) return <Loading label="正在比较版本…" />;
  if (error && !data) return <ErrorState message={`版本比较失败。${describeRequestError(error)}`} />;
  const diff = data?.policyVersionDiff;
  return diff ? <DiffView diff={diff} /> : null;
}

/** A readable diff: changed fields before/after, and the body's added and removed paragraphs in context. */
export function DiffView({ diff, title }: { diff: DiffData; title?: string }) {
  const changed = diff.body.filter((l) => l.op !== 'SAME').length;
  return (
    <div className="policy-diff" data-testid="policy-diff">
      <h4>{title ?? `第 ${diff.fromVersion} 版 → 第 ${diff.toVersion} 版`}</h4>
      {diff.fields.length ? (
        <table className="policy-diff__fields">
          <thead>
            <tr>
              <th scope="col">字段</th>
              <th scope="col">修订前</th>
              <th scope="col">修订后</th>
            </tr>
          </thead>
          <tbody>
            {diff.fields.map((f) => (
              <tr key={f.field}>
                <th scope="row">{f.label}</th>
                <td>
                  <del>{f.before ?? '（空）'}</del>
                </td>
                <td>
                  <ins>{f.after ?? '（空）'}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>元数据未改变。</p>
      )}
      <p>{changed ? `正文有 ${changed} 处段落增删：` : '正文未改变。'}</p>
      {changed ? (
        <ol className="policy-diff__body">
          {diff.body.map((l, i) =>
            l.op === 'SAME' ? (
              <li key={i} className="policy-diff__same">
                {l.text}
              </li>
            ) : l.op === 'ADDED' ? (
              <li key={i} className="policy-diff__added">
                <span className="visually-hidden">新增：</span>
                <ins>{l.text}</ins>
              </li>
            ) : (
              <li key={i} className="policy-diff__removed">
                <span className="visually-hidden">删除：</span>
                <del>{l.text}</del>
              </li>
            ),
          )}
        </ol>
      ) : null}
    </div>
  );
}

/** Every published version (immutable), with a readable diff between any two. */
export function VersionsPanel({ policyId }: { policyId: string }) {
  const { data, loading, error } = useQuery(PolicyVersionsQuery, { variables: { id: policyId }, fetchPolicy: 'cache-and-network' });
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null);
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState message={`版本加载失败。${describeRequestError(error)}`} />;
  const versions = data?.policy?.versions ?? [];
  return (
    <section className="panel policy-versions" aria-labelledby="pv-title">
      <h2 id="pv-title">已发布版本</h2>
      {versions.length ? (
        <ul className="timeline" data-testid="policy-versions">
          {versions.map((v, i) => {
            const older = versions[i + 1];
            return (
              <li key={v.version} className="timeline__item">
                <strong>第 {v.version} 版</strong> · {formatDateTime(String(v.publishedAt))}
                {v.changeNote ? <span> · {v.changeNote}</span> : null}
                {older ? (
                  <button type="button" className="button button--ghost" onClick={() => setPair({ from: older.version, to: v.version })}>
                    与第 {older.version} 版比较
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>尚未发布。</p>
      )}
      {pair ? <Diff key={`${pair.from}-${pair.to}`} id={policyId} from={pair.from} to={pair.to} /> : null}
    </section>
  );
}
