import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormAlert } from '../../components/forms.js';
import { ConnectionList } from '../../components/paging.js';
import { EmptyState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { ColumnNeedFilter, InstitutionColumnNeedsQuery, NeedStatus, ServiceColumn } from '../../gql/graphql.js';
import { COLUMN_LABELS, DOCKING_STATUS_LABELS, formatDateTime, SIZE_CLASS_LABELS } from '../../lib/codes.js';
import { usePageTitle } from '../../lib/page.js';
import { Link } from '../../lib/router.js';
import { ViewerQuery } from '../../lib/viewer.js';
import { NEED_STATUS_LABELS, PURPOSE_LABELS } from './labels.js';
import { NeedStatusBadge, NeedTimeline, useFormErrors } from './shared.js';

const InstitutionNeedsQuery = graphql(`
  query InstitutionColumnNeeds($filter: ColumnNeedFilter, $first: Int, $after: String) {
    institutionColumnNeeds(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        id
        column
        title
        description
        status
        amount
        headcount
        regionName
        contactName
        contactPhone
        firstReplyDue
        firstReplyOverdue
        createdAt
        financing {
          termMonths
          purpose
        }
        replies {
          id
          body
          createdAt
          institution {
            id
            name
          }
        }
        docking {
          id
          status
        }
        timeline {
          at
          type
          body
        }
        enterpriseProfile {
          id
          name
          uscc
          sizeClass
          employees
          creditRating {
            score
            grade
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const NeedReplyMutation = graphql(`
  mutation ColumnNeedReply($input: ColumnNeedReplyInput!) {
    columnNeedReply(input: $input) {
      need {
        id
        status
        firstRepliedAt
        firstReplyOverdue
        replies {
          id
          body
          createdAt
          institution {
            id
            name
          }
        }
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

type Need = InstitutionColumnNeedsQuery['institutionColumnNeeds']['nodes'][number];

function ReplyForm({ needId }: { needId: string }) {
  const [body, setBody] = useState('');
  const { form, errors, showApi, showRequestError, clear } = useFormErrors(['body']);
  const [reply, { loading }] = useMutation(NeedReplyMutation);
  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const { data } = await reply({ variables: { input: { needId, body } } });
      const errs = data?.columnNeedReply.errors ?? [];
      if (errs.length) return showApi(errs);
      clear();
      setBody('');
    } catch (err) {
      showRequestError(err);
    }
  }
  const id = `reply-${needId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <form ref={form} className="form" onSubmit={submit} noValidate aria-label="答复需求">
      <FormAlert messages={errors.form} />
      <div className="field">
        <label htmlFor={id}>答复内容</label>
        <textarea
          id={id}
          name="body"
          rows={3}
          maxLength={2000}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={errors.fields.body ? true : undefined}
        />
        {errors.fields.body?.map((m) => (
          <p key={m} className="field-error" data-testid="error-body">
            {m}
          </p>
        ))}
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? '正在发送…' : '发送答复'}
        </button>
      </div>
    </form>
  );
}

function NeedItem({ n }: { n: Need }) {
  const closed = n.status === 'COMPLETED' || n.status === 'CANCELLED';
  return (
    <article className="policy-item columns-need" data-testid="inbox-need">
      <h3 className="policy-item__title">{n.title}</h3>
      <p className="policy-item__meta">
        <span className="tag">{COLUMN_LABELS[n.column]}</span>
        <NeedStatusBadge status={n.status} overdue={n.firstReplyOverdue} />
        <span>{n.regionName}</span>
        <span>提交于 {formatDateTime(n.createdAt)}</span>
        {n.status === 'OPEN' ? <span>答复时限 {formatDateTime(n.firstReplyDue)}</span> : null}
      </p>
      {n.description ? <p>{n.description}</p> : null}
      {n.financing ? (
        <p className="columns-muted">
          {n.amount} 万元 · {n.financing.termMonths} 个月 · {PURPOSE_LABELS[n.financing.purpose]}
        </p>
      ) : null}
      {n.headcount ? <p className="columns-muted">招聘 {n.headcount} 人</p> : null}
      <p className="columns-muted">
        联系人：{n.contactName} {n.contactPhone}
      </p>
      {n.enterpriseProfile ? (
        <p data-testid="shared-profile">
          企业信息（已授权）：{n.enterpriseProfile.name} · {n.enterpriseProfile.uscc} · {SIZE_CLASS_LABELS[n.enterpriseProfile.sizeClass]}企业 ·{' '}
          {n.enterpriseProfile.employees}人 · 信用与成长评分 {n.enterpriseProfile.creditRating.score}（{n.enterpriseProfile.creditRating.grade}）
        </p>
      ) : (
        <p className="columns-muted" data-testid="profile-hidden">
          企业尚未授权贵机构查看企业信息。
        </p>
      )}
      {n.replies.length ? (
        <ol className="timeline">
          {n.replies.map((r) => (
            <li key={r.id} className="timeline__item">
              <strong>{r.institution?.name ?? '需求方'}</strong> <span className="columns-muted">{formatDateTime(r.createdAt)}</span>
              <p>{r.body}</p>
            </li>
          ))}
        </ol>
      ) : null}
      {n.docking ? (
        <p data-testid="inbox-docking">
          企业已选择贵机构对接（{DOCKING_STATUS_LABELS[n.docking.status]}）：
          <Link to={`/institution/dockings/${encodeURIComponent(n.docking.id)}`}>在对接受理中查看</Link>
        </p>
      ) : null}
      {n.timeline.length ? (
        <details className="columns-route" open={!closed}>
          <summary>需求进展（{n.timeline.length}）</summary>
          <NeedTimeline events={n.timeline} />
        </details>
      ) : null}
      {closed ? null : <ReplyForm needId={n.id} />}
    </article>
  );
}

function Inbox({ filter }: { filter: ColumnNeedFilter }) {
  const query = useQuery(InstitutionNeedsQuery, { variables: { filter, first: 20 }, fetchPolicy: 'cache-and-network' });
  return (
    <ConnectionList
      query={query}
      connection={(d) => d.institutionColumnNeeds}
      loadingLabel="正在加载收到的需求…"
      errorLabel="需求加载失败。"
      emptyTitle="暂无符合条件的需求"
    >
      {(items, list) => (
        <>
          <p className="search-count" aria-live="polite">
            共 {list.totalCount} 条
          </p>
          <ul className="policy-list">
            {items.map((n) => (
              <li key={n.id}>
                <NeedItem n={n} />
              </li>
            ))}
          </ul>
        </>
      )}
    </ConnectionList>
  );
}

const COLUMNS: readonly ServiceColumn[] = ['FINANCING', 'ENTREPRENEURSHIP', 'TALENT', 'TECHNOLOGY', 'CONSULTING'];

/** The institution's inbox of column needs routed to it (F4, S4): answer within one working day. */
export function InstitutionNeedsPage() {
  usePageTitle('收到的栏目需求');
  const viewer = useQuery(ViewerQuery);
  const [column, setColumn] = useState<ServiceColumn | ''>('');
  const [status, setStatus] = useState<NeedStatus | ''>('');
  const [overdue, setOverdue] = useState(false);
  const me = viewer.data?.me;
  if (viewer.loading && !viewer.data) return <Loading />;
  if (!me?.roles.includes('INSTITUTION_STAFF')) {
    return (
      <div className="container page page--narrow">
        <h1>收到的栏目需求</h1>
        <EmptyState title="仅服务机构工作人员可以查看">{me ? null : <Link to="/login?next=/institution/needs">登录</Link>}</EmptyState>
      </div>
    );
  }
  const filter: ColumnNeedFilter = {};
  if (column) filter.column = column;
  if (status) filter.status = status;
  if (overdue) filter.overdue = true;
  return (
    <div className="container page">
      <h1>收到的栏目需求</h1>
      <p className="page__lead">
        企业和创业者在融资、创业、人才、技术和管理咨询栏目提交、推送给贵机构的需求。请在一个工作日内首次答复；企业授权后可查看企业信息，企业选择贵机构后转为对接。
      </p>
      <div className="panel policy-filters" role="group" aria-label="筛选需求">
        <div className="policy-filters__grid">
          <div className="field">
            <label htmlFor="in-column">栏目</label>
            <select id="in-column" value={column} onChange={(e) => setColumn(e.target.value as ServiceColumn | '')}>
              <option value="">全部栏目</option>
              {COLUMNS.map((c) => (
                <option key={c} value={c}>
                  {COLUMN_LABELS[c]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="in-status">状态</label>
            <select id="in-status" value={status} onChange={(e) => setStatus(e.target.value as NeedStatus | '')}>
              <option value="">全部状态</option>
              {Object.entries(NEED_STATUS_LABELS).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={overdue} onChange={(e) => setOverdue(e.target.checked)} />
            只看答复超时
          </label>
        </div>
      </div>
      <Inbox key={JSON.stringify(filter)} filter={filter} />
    </div>
  );
}
