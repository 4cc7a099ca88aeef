import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import '../docking/docking.css';
import { FormAlert } from '../../components/forms.js';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import { COLUMN_LABELS, formatDateTime, REGISTRATION_STATUS_LABELS } from '../../lib/codes.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, useLocation } from '../../lib/router.js';
import { ViewerQuery } from '../../lib/viewer.js';

const ActivityListQuery = graphql(`
  query ActivityList($first: Int) {
    activities(first: $first) {
      totalCount
      nodes {
        id
        name
        column
        organisers
        startsAt
        endsAt
        placeAddress
        onlineUrl
        capacity
        registeredCount
        institution {
          id
          name
        }
      }
    }
  }
`);

const ActivityDetailQuery = graphql(`
  query ActivityDetail($id: ID!) {
    activity(id: $id) {
      id
      name
      column
      organisers
      startsAt
      endsAt
      registrationDeadline
      placeAddress
      onlineUrl
      capacity
      registeredCount
      remainingSeats
      waitlistedCount
      content
      targetAudience
      participants
      logoDataUrl
      summary
      agenda {
        startsAt
        endsAt
        title
        speaker
      }
      contactName
      contactPhone
      registrationMethod
      viewerInvited
      institution {
        id
        name
      }
      myRegistration {
        id
        status
        ticket
        ticketCode
        ticketQrSvg
        waitlistPosition
        checkedInAt
        rating
        comment
      }
    }
  }
`);

const ActivityRegisterMutation = graphql(`
  mutation ActivityRegister($input: ActivityRefInput!) {
    activityRegister(input: $input) {
      registration {
        id
        status
        ticket
        ticketCode
        ticketQrSvg
        waitlistPosition
        checkedInAt
        rating
        comment
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

function place(a: { placeAddress?: string | null; onlineUrl?: string | null }): string {
  return a.placeAddress || (a.onlineUrl ? '线上活动' : '—');
}

export function ActivityListPage() {
  usePageTitle('活动');
  const { data, loading, error, refetch } = useQuery(ActivityListQuery, { variables: { first: 50 }, fetchPolicy: 'cache-and-network' });
  let body;
  if (loading && !data) body = <Loading label="正在加载活动…" />;
  else if (error && !data) body = <ErrorState message={`活动加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  else if (!data?.activities.nodes.length) {
    body = (
      <EmptyState title="暂无活动">
        <p>服务机构发布的培训、沙龙等活动将在这里展示。</p>
      </EmptyState>
    );
  } else {
    body = (
      <>
        <p className="search-count" aria-live="polite">
          共 {data.activities.totalCount} 场活动
        </p>
        <ul className="policy-list">
          {data.activities.nodes.map((a) => (
            <li key={a.id}>
              <article className="policy-item">
                <h3 className="policy-item__title">
                  <Link to={`/activities/${encodeURIComponent(a.id)}`}>{a.name}</Link>
                </h3>
                <p className="policy-item__meta">
                  <span className="tag">{COLUMN_LABELS[a.column]}</span>
                  <span>主办：{a.organisers.join('、') || a.institution?.name || '—'}</span>
                  <span>
                    时间：<time dateTime={a.startsAt}>{formatDateTime(a.startsAt)}</time>
                  </span>
                  <span>地点：{place(a)}</span>
                  <span>
                    已报名 {a.registeredCount} / {a.capacity}
                  </span>
                </p>
              </article>
            </li>
          ))}
        </ul>
      </>
    );
  }
  return (
    <div className="container page">
      <div className="activity-calendar-head">
        <h1>活动</h1>
        <Link to="/activities/calendar" className="button button--secondary">
          月历视图
        </Link>
      </div>
      <p className="page__lead">服务机构组织的培训、沙龙、对接会等活动，在线报名。</p>
      {body}
    </div>
  );
}

type Registration = {
  id: string;
  status: 'REGISTERED' | 'WAITLISTED' | 'CANCELLED';
  ticket?: string | null;
  ticketCode?: string | null;
  ticketQrSvg?: string | null;
  waitlistPosition?: number | null;
  checkedInAt?: string | null;
  rating?: number | null;
  comment?: string | null;
};

function RegistrationResult({ reg }: { reg: Registration }) {
  return (
    <div className="notice" role="status" data-testid="registration">
      <p>
        报名状态：<strong data-testid="registration-status">{REGISTRATION_STATUS_LABELS[reg.status]}</strong>
        {reg.status === 'WAITLISTED' && reg.waitlistPosition ? `（候补第 ${reg.waitlistPosition} 位）` : ''}
      </p>
      {reg.ticketQrSvg && reg.status === 'REGISTERED' ? (
        <figure className="ticket-qr">
          {/* The server renders the SVG (same image for every client); a data: URL keeps it inert (no scripts). */}
          <img
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(reg.ticketQrSvg)}`}
            alt="入场二维码（签到时出示）"
            width={200}
            height={200}
            data-testid="ticket-qr"
          />
          <figcaption className="hint">
            签到时出示此二维码
            {reg.ticketCode ? (
              <>
                ，或报出票号{' '}
                <code className="mono ticket-code" data-testid="ticket-code">
                  {reg.ticketCode}
                </code>
              </>
            ) : null}
          </figcaption>
        </figure>
      ) : null}
      {reg.ticket && reg.status !== 'CANCELLED' ? (
        <p>
          入场凭证：
          <code className="mono ticket" data-testid="registration-ticket">
            {reg.ticket}
          </code>
        </p>
      ) : null}
      {reg.checkedInAt ? <p data-testid="checked-in">已签到（{formatDateTime(reg.checkedInAt)}）</p> : null}
    </div>
  );
}

const ActivityEvaluateMutation = graphql(`
  mutation ActivityEvaluate($input: ActivityEvaluateInput!) {
    activityEvaluate(input: $input) {
      registration {
        id
        rating
        comment
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** Attendees (checked in) rate the activity once. */
function ActivityEvaluation({ registration }: { registration: Registration }) {
  const [rating, setRating] = useState(5);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [evaluate, { loading }] = useMutation(ActivityEvaluateMutation);
  if (registration.rating) {
    return (
      <div className="notice" data-testid="activity-evaluation">
        <p>
          您的评价：<strong>{registration.rating} 分</strong>
        </p>
        {registration.comment ? <p>{registration.comment}</p> : null}
      </div>
    );
  }
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setErrors([]);
    try {
      const res = await evaluate({ variables: { input: { registrationId: registration.id, rating, comment: comment.trim() || null } } });
      const payload = res.data?.activityEvaluate;
      if (payload?.errors.length) setErrors(payload.errors.map((x) => x.message));
    } catch (err) {
      setErrors([`评价失败。${describeRequestError(err)}`]);
    }
  }
  return (
    <form className="form" aria-label="评价活动" onSubmit={(e) => void onSubmit(e)} noValidate>
      <h3>评价本次活动</h3>
      <FormAlert messages={errors} />
      <fieldset className="docking-rating">
        <legend>活动评分</legend>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n}>
            <input type="radio" name="rating" value={n} checked={rating === n} onChange={() => setRating(n)} />
            {n} 分
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="activity-comment">
          评价内容<span className="optional">（选填）</span>
        </label>
        <textarea id="activity-comment" rows={3} maxLength={1000} value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? '正在提交…' : '提交评价'}
        </button>
      </div>
    </form>
  );
}

function RegisterBox({
  activityId,
  existing,
  path,
  invitationOnly,
  invited,
}: {
  activityId: string;
  existing: Registration | null | undefined;
  path: string;
  /** Registered by invitation (定向邀请): only invited mobile numbers and e-mail addresses may register. */
  invitationOnly: boolean;
  invited: boolean | null | undefined;
}) {
  const { data, loading } = useQuery(ViewerQuery);
  const [register, { loading: saving }] = useMutation(ActivityRegisterMutation, { refetchQueries: ['ActivityDetail', 'ActivityList'] });
  const [reg, setReg] = useState<Registration | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  if (loading && !data) return null;
  if (!data?.me) {
    return (
      <p className="notice">
        {invitationOnly ? '本活动仅限受邀人员报名，' : null}
        <Link to={`/login?next=${encodeURIComponent(path)}`}>登录</Link>后即可报名。
      </p>
    );
  }
  const shown = reg ?? (existing && existing.status !== 'CANCELLED' ? existing : null);
  if (shown) {
    return (
      <>
        <RegistrationResult reg={shown} />
        {shown.checkedInAt ? <ActivityEvaluation registration={shown} /> : null}
      </>
    );
  }

  async function onRegister() {
    setErrors([]);
    try {
      const res = await register({ variables: { input: { activityId } } });
      const payload = res.data?.activityRegister;
      if (payload?.errors.length) setErrors(payload.errors.map((e) => e.message));
      else if (payload?.registration) setReg(payload.registration);
      else setErrors(['报名失败，请稍后重试。']);
    } catch (err) {
      setErrors([`报名失败。${describeRequestError(err)}`]);
    }
  }

  if (invitationOnly && invited === false) {
    return (
      <>
        <p>
          <button type="button" className="button button--primary button--large" disabled aria-describedby="activity-invitation-only">
            仅限受邀
          </button>
        </p>
        <p id="activity-invitation-only" className="hint" data-testid="invitation-only">
          本活动仅限受邀人员报名，您账号的手机号码或电子邮箱不在邀请名单中。如需参加，请联系主办方。
        </p>
      </>
    );
  }

  return (
    <>
      <FormAlert messages={errors} />
      {invitationOnly ? <p className="hint">您已受邀参加本活动。</p> : null}
      <p>
        <button type="button" className="button button--primary button--large" onClick={() => void onRegister()} disabled={saving}>
          {saving ? '正在报名…' : '报名'}
        </button>
      </p>
    </>
  );
}

export function ActivityDetailPage({ id }: { id: string }) {
  const { path } = useLocation();
  const { data, loading, error, refetch } = useQuery(ActivityDetailQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const a = data?.activity;
  usePageTitle(a?.name ?? '活动详情');

  let body;
  if (loading && !data) body = <Loading label="正在加载活动…" />;
  else if (error && !data) body = <ErrorState message={`活动加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  else if (!a) {
    body = (
      <EmptyState title="未找到该活动">
        <p>该活动不存在或未公开。</p>
        <Link to="/activities" className="button button--secondary">
          返回活动列表
        </Link>
      </EmptyState>
    );
  } else {
    body = (
      <article className="panel policy-detail" aria-labelledby="activity-title">
        <header>
          <p className="policy-item__meta">
            <span className="tag">{COLUMN_LABELS[a.column]}</span>
          </p>
          {a.logoDataUrl ? <img className="activity-logo" src={a.logoDataUrl} alt={`${a.name}活动标识`} /> : null}
          <h1 id="activity-title">{a.name}</h1>
        </header>
        <dl className="facts">
          <div>
            <dt>主办单位</dt>
            <dd>{a.organisers.join('、') || a.institution?.name || '—'}</dd>
          </div>
          <div>
            <dt>活动时间</dt>
            <dd>
              {formatDateTime(a.startsAt)} 至 {formatDateTime(a.endsAt)}
            </dd>
          </div>
          <div>
            <dt>活动地点</dt>
            <dd>{place(a)}</dd>
          </div>
          <div>
            <dt>报名截止</dt>
            <dd>{formatDateTime(a.registrationDeadline)}</dd>
          </div>
          <div>
            <dt>名额</dt>
            <dd>
              共 {a.capacity} 人，已报名 {a.registeredCount} 人，剩余 {a.remainingSeats} 个{a.waitlistedCount ? `，候补 ${a.waitlistedCount} 人` : ''}
            </dd>
          </div>
          <div>
            <dt>面向对象</dt>
            <dd>{a.targetAudience}</dd>
          </div>
          <div>
            <dt>联系人</dt>
            <dd>
              {a.contactName} {a.contactPhone}
            </dd>
          </div>
        </dl>
        <section aria-labelledby="activity-content-title" className="policy-section">
          <h2 id="activity-content-title">活动内容</h2>
          <p className="policy-plain">{a.content}</p>
          <p>
            <strong>参与对象：</strong>
            {a.participants}
          </p>
        </section>
        {a.agenda.length ? (
          <section aria-labelledby="activity-agenda-title" className="policy-section">
            <h2 id="activity-agenda-title">活动议程</h2>
            <ol className="timeline activity-agenda">
              {a.agenda.map((item, i) => (
                <li key={i} className="timeline__item">
                  <p>
                    <time dateTime={item.startsAt}>{formatDateTime(item.startsAt)}</time>
                    {item.endsAt ? ` – ${formatDateTime(item.endsAt)}` : ''}
                  </p>
                  <p>
                    <strong>{item.title}</strong>
                    {item.speaker ? <span className="hint"> · 主讲：{item.speaker}</span> : null}
                  </p>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        {a.summary ? (
          <section aria-labelledby="activity-summary-title" className="policy-section">
            <h2 id="activity-summary-title">活动总结</h2>
            <p className="policy-plain">{a.summary}</p>
          </section>
        ) : null}
        <section aria-labelledby="activity-register-title" className="policy-section">
          <h2 id="activity-register-title">活动报名</h2>
          <RegisterBox
            activityId={a.id}
            existing={a.myRegistration}
            path={path}
            invitationOnly={a.registrationMethod === 'INVITATION'}
            invited={a.viewerInvited}
          />
        </section>
      </article>
    );
  }

  return (
    <div className="container page">
      <nav aria-label="面包屑" className="breadcrumb">
        <Link to="/activities">活动</Link> <span aria-hidden="true">›</span> <span>活动详情</span>
      </nav>
      {body}
    </div>
  );
}
