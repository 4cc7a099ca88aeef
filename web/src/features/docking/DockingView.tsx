import { useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { DockingFieldsFragment, DockingStatus } from '../../gql/graphql.js';
import { DOCKING_EVENT_LABELS, DOCKING_PARTY_LABELS, DOCKING_STATUS_LABELS, formatDateTime } from '../../lib/codes.js';
import { describeRequestError } from '../../lib/errors.js';
import { Link } from '../../lib/router.js';
import { DIMENSIONS, EvaluateForm, MessageBox, OPEN, ReplyForm, StatusActions, type DockingSide } from './DockingActions.js';
import './docking.css';

/** Everything the docking page shows; the live subscription selects the same, so the cache updates the page. */
export const DockingFieldsDocument = graphql(`
  fragment DockingFields on Docking {
    id
    kind
    status
    needs
    createdAt
    updatedAt
    firstResponseDue
    resolutionDue
    awaitingReplySince
    lastUrgedAt
    urgeCount
    product {
      id
      name
    }
    demand {
      id
      name
    }
    institution {
      id
      name
    }
    enterprise {
      name
      contactName
      contactPhone
    }
    timeline {
      id
      at
      type
      party
      body
    }
    evaluation {
      quality
      timeliness
      attitude
      professionalism
      average
      comment
      createdAt
      reply
      repliedAt
    }
  }
`);

const DockingViewQuery = graphql(`
  query DockingView($id: ID!) {
    docking(id: $id) {
      ...DockingFields
    }
  }
`);

const DockingLiveSubscription = graphql(`
  subscription DockingLive($id: ID!) {
    dockingUpdated(dockingId: $id) {
      event {
        id
        type
      }
      docking {
        ...DockingFields
      }
    }
  }
`);

export function statusBadge(status: DockingStatus): string {
  if (status === 'COMPLETED' || status === 'ACCEPTED' || status === 'IN_SERVICE') return 'verified';
  if (status === 'DECLINED' || status === 'CANCELLED' || status === 'CLOSED') return 'rejected';
  return 'pending';
}

function EvaluationView({ ev }: { ev: NonNullable<DockingFieldsFragment['evaluation']> }) {
  return (
    <div className="docking-evaluation" data-testid="docking-evaluation">
      <p>
        综合评分 <strong>{ev.average.toFixed(1)}</strong> 分
      </p>
      <ul className="docking-evaluation__scores">
        {DIMENSIONS.map((d) => (
          <li key={d.name}>
            {d.label}：{ev[d.name]} 分
          </li>
        ))}
      </ul>
      {ev.comment ? <p className="policy-plain">{ev.comment}</p> : null}
      {ev.reply ? (
        <p className="docking-evaluation__reply" data-testid="evaluation-reply">
          <strong>机构回复：</strong>
          {ev.reply}
        </p>
      ) : null}
    </div>
  );
}

/** A docking as one of its parties sees it: facts, timeline, thread, the actions of that side, live. */
export function DockingView({ id, side, notice }: { id: string; side: DockingSide; notice?: string }) {
  const { data, loading, error, refetch } = useQuery(DockingViewQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  // Writes each pushed docking into the cache (same selection as the query), so the page follows live.
  const live = useSubscription(DockingLiveSubscription, { variables: { id }, skip: !data?.docking });
  // The last action's success line: kept here because the actions panel is replaced when the status changes.
  const [done, setDone] = useState('');
  const back = side === 'enterprise' ? { to: '/my/dockings', label: '返回我的服务对接' } : { to: '/institution/dockings', label: '返回对接受理' };
  if (loading && !data) return <Loading label="正在加载对接详情…" />;
  if (error && !data) return <ErrorState message={`对接详情加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  const d = data?.docking;
  if (!d) {
    return (
      <EmptyState title="未找到该服务对接">
        <p>该对接不存在，或您无权查看。</p>
        <Link to={back.to} className="button button--secondary">
          {back.label}
        </Link>
      </EmptyState>
    );
  }
  const open = OPEN.includes(d.status);
  const lastEvent = live.data?.dockingUpdated.event;
  return (
    <article className="panel policy-detail" aria-labelledby="docking-title">
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {lastEvent ? `对接有新动态：${DOCKING_EVENT_LABELS[lastEvent.type]}` : ''}
      </p>
      <header>
        <p className="policy-item__meta">
          <span className={`badge badge--${statusBadge(d.status)}`} data-testid="docking-status">
            {DOCKING_STATUS_LABELS[d.status]}
          </span>
          <span className="tag">{d.kind === 'DEMAND' ? '诉求对接' : '产品对接'}</span>
        </p>
        <h1 id="docking-title">{d.product?.name ?? d.demand?.name ?? '服务诉求对接'}</h1>
      </header>
      <dl className="facts">
        {side === 'enterprise' ? (
          <div>
            <dt>服务机构</dt>
            <dd>{d.institution?.name ?? '—'}</dd>
          </div>
        ) : (
          <div>
            <dt>申请企业</dt>
            <dd>
              {d.enterprise?.name ?? '—'}
              {d.enterprise?.contactName ? `（${d.enterprise.contactName} ${d.enterprise.contactPhone ?? ''}）` : ''}
            </dd>
          </div>
        )}
        <div>
          <dt>提交时间</dt>
          <dd>{formatDateTime(d.createdAt)}</dd>
        </div>
        <div>
          <dt>最后更新</dt>
          <dd>{formatDateTime(d.updatedAt)}</dd>
        </div>
        {d.status === 'SUBMITTED' && d.firstResponseDue ? (
          <div>
            <dt>受理时限</dt>
            <dd>{formatDateTime(d.firstResponseDue)}</dd>
          </div>
        ) : null}
        {open && d.status !== 'SUBMITTED' && d.resolutionDue ? (
          <div>
            <dt>办结时限</dt>
            <dd>{formatDateTime(d.resolutionDue)}</dd>
          </div>
        ) : null}
        {d.urgeCount ? (
          <div>
            <dt>催办</dt>
            <dd>
              {d.urgeCount} 次，最近 {formatDateTime(d.lastUrgedAt)}
            </dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="docking-needs-title" className="policy-section">
        <h2 id="docking-needs-title">需求描述</h2>
        <p className="policy-plain">{d.needs}</p>
      </section>
      {done ? (
        <p className="notice docking-actions__done" role="status">
          {done}
        </p>
      ) : null}
      {open ? <StatusActions key={d.status} id={d.id} status={d.status} side={side} onDone={setDone} /> : null}
      <section aria-labelledby="docking-timeline-title" className="policy-section">
        <h2 id="docking-timeline-title">办理进度与留言</h2>
        {d.timeline.length ? (
          <ol className="timeline" data-testid="docking-timeline">
            {d.timeline.map((ev) => (
              <li key={ev.id} className={`timeline__item docking-event docking-event--${ev.party.toLowerCase()}`}>
                <p>
                  <strong>{DOCKING_EVENT_LABELS[ev.type]}</strong> <span className="hint">· {DOCKING_PARTY_LABELS[ev.party]}</span>
                </p>
                <p className="hint">
                  <time dateTime={ev.at}>{formatDateTime(ev.at)}</time>
                </p>
                {ev.body ? <p className="policy-plain">{ev.body}</p> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="hint">暂无进度记录</p>
        )}
        {open ? <MessageBox id={d.id} /> : null}
      </section>
      {d.status === 'COMPLETED' ? (
        <section aria-labelledby="docking-evaluation-title" className="policy-section">
          <h2 id="docking-evaluation-title">服务评价</h2>
          {d.evaluation ? <EvaluationView ev={d.evaluation} /> : side === 'enterprise' ? <EvaluateForm id={d.id} /> : <p className="hint">企业尚未评价</p>}
          {d.evaluation && !d.evaluation.reply && side === 'institution' ? <ReplyForm id={d.id} /> : null}
        </section>
      ) : null}
    </article>
  );
}
