import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { showSuccess, useConfirm } from '../../components/feedback.js';
import { FormAlert } from '../../components/forms.js';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import { RegistrationStatusLabel } from '../../gql/labels.js';
import { formatDateTime } from '../../lib/codes.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link } from '../../lib/router.js';

const PAGE = 20;

const MyRegistrationsQuery = graphql(`
  query MyRegistrations($first: Int!, $after: String) {
    myActivityRegistrations(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        status
        ticketCode
        ticketQrSvg
        waitlistPosition
        checkedInAt
        createdAt
        activity {
          id
          name
          startsAt
          placeAddress
          onlineUrl
          institution {
            id
            name
          }
        }
      }
    }
  }
`);

const CancelRegistrationMutation = graphql(`
  mutation MyRegistrationCancel($input: RegistrationRefInput!) {
    activityRegistrationCancel(input: $input) {
      registration {
        id
        status
        ticketQrSvg
        waitlistPosition
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** 我的报名: the viewer's activity registrations with status and ticket, and 取消报名 before the start. */
export function MyRegistrationsPage() {
  usePageTitle('我的报名');
  const { data, loading, error, refetch, fetchMore } = useQuery(MyRegistrationsQuery, { variables: { first: PAGE } });
  const [cancel, { loading: cancelling }] = useMutation(CancelRegistrationMutation);
  const [confirm, dialog] = useConfirm();
  const [errors, setErrors] = useState<string[]>([]);
  const [more, setMore] = useState(false);

  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState message={describeRequestError(error)} onRetry={() => void refetch()} />;
  const conn = data!.myActivityRegistrations;

  async function onCancel(id: string, name: string) {
    setErrors([]);
    const ok = await confirm({
      title: '确认取消报名？',
      message: `将取消“${name}”的报名，名额会让给候补人员；取消后如需参加须重新报名（名额满时只能候补）。`,
      confirmLabel: '取消报名',
      danger: true,
    });
    if (!ok) return;
    try {
      const res = await cancel({ variables: { input: { registrationId: id } } });
      const payload = res.data?.activityRegistrationCancel;
      if (payload?.errors.length) return setErrors(payload.errors.map((e) => e.message));
      showSuccess(`已取消“${name}”的报名`);
    } catch (err) {
      setErrors([`取消失败。${describeRequestError(err)}`]);
    }
  }

  async function loadMore() {
    setMore(true);
    try {
      await fetchMore({
        variables: { after: conn.pageInfo.endCursor },
        updateQuery: (prev, { fetchMoreResult }) => ({
          ...prev,
          myActivityRegistrations: {
            ...fetchMoreResult.myActivityRegistrations,
            nodes: [...prev.myActivityRegistrations.nodes, ...fetchMoreResult.myActivityRegistrations.nodes],
          },
        }),
      });
    } finally {
      setMore(false);
    }
  }

  return (
    <div className="container page">
      <h1>我的报名</h1>
      <p className="panel__lead">共 {conn.totalCount} 条报名记录。活动开始前可以取消报名；签到时出示二维码或报出票号。</p>
      <FormAlert messages={errors} />
      {conn.nodes.length === 0 ? (
        <EmptyState title="还没有报名任何活动">
          <Link to="/activities">去看看近期活动</Link>
        </EmptyState>
      ) : (
        <ul className="card-list registration-list">
          {conn.nodes.map((r) => {
            const a = r.activity;
            const started = a ? new Date(a.startsAt).getTime() <= Date.now() : true;
            return (
              <li key={r.id} className="card registration-card" data-testid="my-registration">
                <h2 className="card__title">{a ? <Link to={`/activities/${encodeURIComponent(a.id)}`}>{a.name}</Link> : '（活动已删除）'}</h2>
                {a ? (
                  <p className="hint">
                    {a.institution?.name ? `${a.institution.name} · ` : ''}
                    <time dateTime={a.startsAt}>{formatDateTime(a.startsAt)}</time> · {a.placeAddress || (a.onlineUrl ? '线上活动' : '—')}
                  </p>
                ) : null}
                <p>
                  状态：<strong data-testid="my-registration-status">{RegistrationStatusLabel[r.status]}</strong>
                  {r.status === 'WAITLISTED' && r.waitlistPosition ? `（候补第 ${r.waitlistPosition} 位）` : ''}
                  {r.checkedInAt ? `，已于 ${formatDateTime(r.checkedInAt)} 签到` : ''}
                </p>
                {r.status === 'REGISTERED' && r.ticketQrSvg ? (
                  <figure className="ticket-qr">
                    <img
                      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(r.ticketQrSvg)}`}
                      alt="入场二维码（签到时出示）"
                      width={160}
                      height={160}
                    />
                    {r.ticketCode ? (
                      <figcaption>
                        票号 <code className="mono ticket-code">{r.ticketCode}</code>
                      </figcaption>
                    ) : null}
                  </figure>
                ) : null}
                {r.status !== 'CANCELLED' && !r.checkedInAt && !started && a ? (
                  <button type="button" className="button button--secondary" disabled={cancelling} onClick={() => void onCancel(r.id, a.name)}>
                    取消报名
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {conn.pageInfo.hasNextPage ? (
        <button type="button" className="button button--secondary" onClick={() => void loadMore()} disabled={more}>
          {more ? '正在加载…' : '加载更多'}
        </button>
      ) : null}
      {dialog}
    </div>
  );
}
