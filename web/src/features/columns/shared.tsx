import { useMutation, useQuery } from '@apollo/client/react';
import { showSuccess, useConfirm } from '../../components/feedback.js';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { focusFirstInvalid } from '../../components/forms.js';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { NeedEventType, NeedStatus, ServiceColumn } from '../../gql/graphql.js';
import { COLUMN_LABELS, FEE_TYPE_LABELS, formatDateTime, SIZE_CLASS_LABELS } from '../../lib/codes.js';
import { NO_ERRORS, describeRequestError, groupErrors, type FormErrors, type UserError } from '../../lib/errors.js';
import { Link, useLocation } from '../../lib/router.js';
import { ViewerQuery } from '../../lib/viewer.js';
import { NEED_EVENT_LABELS, NEED_STATUS_LABELS } from './labels.js';
import './columns.css';

/** Scrolls to the element named by the URL hash once the page has rendered (links such as /financing#need). */
export function useHashScroll(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const id = window.location.hash.slice(1);
    if (id) document.getElementById(id)?.scrollIntoView();
  }, [ready]);
}

/** Error state of a form: API errors go under the field they name, others to the top; focus moves to the first. */
export function useFormErrors(fields: readonly string[]) {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const form = useRef<HTMLFormElement>(null);
  function show(e: FormErrors) {
    flushSync(() => setErrors(e));
    focusFirstInvalid(form.current);
  }
  return {
    form,
    errors,
    clear: () => setErrors(NO_ERRORS),
    show,
    showApi: (list: readonly UserError[]) => show(groupErrors(list, fields)),
    showRequestError: (err: unknown) => show({ fields: {}, form: [describeRequestError(err)] }),
  };
}

/** A prompt to sign in (and come back here), or to register the enterprise when the form needs one. */
export function SignInNotice({ signedIn, what }: { signedIn: boolean; what: string }) {
  const { path } = useLocation();
  if (!signedIn) {
    return (
      <div className="notice columns-notice">
        <p>
          提交{what}需要先登录企业账号。<Link to={`/login?next=${encodeURIComponent(path)}`}>登录</Link> 或 <Link to="/register">注册</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="notice columns-notice">
      <p>
        提交{what}会使用您的企业登记信息，请先 <Link to="/enterprise/register">登记企业信息</Link>。
      </p>
    </div>
  );
}

export function NeedStatusBadge({ status, overdue }: { status: NeedStatus; overdue?: boolean }) {
  const tone = status === 'COMPLETED' || status === 'ANSWERED' ? 'verified' : status === 'CANCELLED' ? 'rejected' : 'pending';
  return (
    <>
      <span className={`badge badge--${tone}`} data-testid="need-status">
        {NEED_STATUS_LABELS[status]}
      </span>
      {overdue ? <span className="badge badge--rejected">答复超时</span> : null}
    </>
  );
}

/** A need's timeline as the API gives it (oldest first, so the newest is last), each entry with its time. */
export function NeedTimeline({ events, empty }: { events: readonly { at: string; type: NeedEventType; body: string }[]; empty?: ReactNode }) {
  if (!events.length) return empty ? <p className="columns-muted">{empty}</p> : null;
  return (
    <ol className="timeline columns-need-timeline" data-testid="need-timeline">
      {events.map((e, i) => (
        <li key={`${e.at}-${i}`} className={`timeline__item columns-need-event columns-need-event--${e.type.toLowerCase()}`} data-testid="need-event">
          <p className="columns-muted">
            <time dateTime={e.at}>{formatDateTime(e.at)}</time> · {NEED_EVENT_LABELS[e.type]}
          </p>
          <p>{e.body}</p>
        </li>
      ))}
    </ol>
  );
}

const CatalogueQuery = graphql(`
  query ColumnCatalogue($column: ServiceColumn) {
    serviceCatalogue(column: $column) {
      code
      group
      label
      description
    }
  }
`);

/** The column's service categories (S1, T1, K1, C1), grouped. */
export function Catalogue({ column }: { column: ServiceColumn }) {
  const { data, loading, error, refetch } = useQuery(CatalogueQuery, { variables: { column } });
  if (loading && !data) return <Loading label="正在加载服务类别…" />;
  if (error && !data) return <ErrorState message={`服务类别加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  const items = data?.serviceCatalogue ?? [];
  const groups = [...new Set(items.map((c) => c.group))];
  return (
    <div className="columns-catalogue">
      {groups.map((g) => (
        <section key={g} aria-label={g}>
          <h3>{g}</h3>
          <ul className="card-grid columns-cards">
            {items
              .filter((c) => c.group === g)
              .map((c) => (
                <li key={c.code} className="card">
                  <p className="columns-card__title">{c.label}</p>
                  <p className="columns-card__text">{c.description}</p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

const ColumnServicesQuery = graphql(`
  query ColumnServices($column: ServiceColumn!) {
    serviceProducts(first: 6, filter: { column: $column }) {
      totalCount
      nodes {
        id
        name
        feeType
        institution {
          id
          name
        }
      }
    }
    activities(first: 6, filter: { column: $column, upcoming: true }) {
      totalCount
      nodes {
        id
        name
        startsAt
        placeAddress
        remainingSeats
      }
    }
  }
`);

/** Service products and upcoming activities published in the column (the docking machinery, reused). */
export function ColumnServices({ column }: { column: ServiceColumn }) {
  const { data, loading, error, refetch } = useQuery(ColumnServicesQuery, { variables: { column } });
  if (loading && !data) return <Loading label="正在加载服务信息…" />;
  if (error && !data) return <ErrorState message={`服务信息加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  if (!data) return null;
  const products = data.serviceProducts.nodes;
  const activities = data.activities.nodes;
  return (
    <div className="columns-two">
      <section aria-labelledby={`services-${column}`}>
        <h3 id={`services-${column}`}>服务产品（{data.serviceProducts.totalCount}）</h3>
        {products.length ? (
          <ul className="columns-list">
            {products.map((s) => (
              <li key={s.id}>
                <Link to={`/services/${encodeURIComponent(s.id)}`}>{s.name}</Link>
                <span className="columns-muted">
                  {' '}
                  {FEE_TYPE_LABELS[s.feeType]}
                  {s.institution ? ` · ${s.institution.name}` : ''}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="columns-muted">暂无{COLUMN_LABELS[column]}类服务产品。</p>
        )}
        <Link to="/services">查看全部服务产品</Link>
      </section>
      <section aria-labelledby={`activities-${column}`}>
        <h3 id={`activities-${column}`}>近期活动（{data.activities.totalCount}）</h3>
        {activities.length ? (
          <ul className="columns-list">
            {activities.map((a) => (
              <li key={a.id}>
                <Link to={`/activities/${encodeURIComponent(a.id)}`}>{a.name}</Link>
                <span className="columns-muted">
                  {' '}
                  {formatDateTime(a.startsAt)}
                  {a.placeAddress ? ` · ${a.placeAddress}` : ''} · 剩余名额{a.remainingSeats}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="columns-muted">暂无即将举办的活动。</p>
        )}
        <Link to="/activities">查看全部活动</Link>
      </section>
    </div>
  );
}

export const MyNeedsQuery = graphql(`
  query MyColumnNeeds($filter: ColumnNeedFilter, $first: Int) {
    myColumnNeeds(filter: $filter, first: $first) {
      totalCount
      nodes {
        id
        column
        title
        status
        firstReplyDue
        firstReplyOverdue
        createdAt
      }
    }
  }
`);

/** The viewer's needs (of one column, or all), newest first, each linking to its page. */
export function MyNeeds({ column, first = 10 }: { column?: ServiceColumn; first?: number }) {
  const { data, loading, error, refetch } = useQuery(MyNeedsQuery, {
    variables: { filter: column ? { column } : null, first },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <Loading label="正在加载我的需求…" />;
  if (error && !data) return <ErrorState message={`需求加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  const nodes = data?.myColumnNeeds.nodes ?? [];
  if (!nodes.length) return <EmptyState title="还没有提交过需求" />;
  return (
    <ul className="policy-list">
      {nodes.map((n) => (
        <li key={n.id}>
          <article className="policy-item columns-need">
            <h3 className="policy-item__title">
              <Link to={`/my/needs/${encodeURIComponent(n.id)}`}>{n.title}</Link>
            </h3>
            <p className="policy-item__meta">
              <span className="tag">{COLUMN_LABELS[n.column]}</span>
              <NeedStatusBadge status={n.status} overdue={n.firstReplyOverdue} />
              <span>提交于 {formatDateTime(n.createdAt)}</span>
              {n.status === 'OPEN' ? <span>答复时限 {formatDateTime(n.firstReplyDue)}</span> : null}
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}

export const MyConsentsQuery = graphql(`
  query MyProfileConsents {
    myProfileConsents {
      active
      grantedAt
      revokedAt
      institution {
        id
        name
      }
    }
  }
`);

const ConsentGrantMutation = graphql(`
  mutation ProfileConsentGrant($input: ProfileConsentInput!) {
    profileConsentGrant(input: $input) {
      consent {
        active
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const ConsentRevokeMutation = graphql(`
  mutation ProfileConsentRevoke($input: ProfileConsentInput!) {
    profileConsentRevoke(input: $input) {
      consent {
        active
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** Grant or revoke one institution's sight of the enterprise profile; the consent list refreshes after. */
export function ConsentButton({ institutionId, institutionName, active }: { institutionId: string; institutionName: string; active: boolean }) {
  const [grant, granting] = useMutation(ConsentGrantMutation, { refetchQueries: [MyConsentsQuery] });
  const [revoke, revoking] = useMutation(ConsentRevokeMutation, { refetchQueries: [MyConsentsQuery] });
  const [message, setMessage] = useState('');
  const [confirm, dialog] = useConfirm();
  async function toggle() {
    setMessage('');
    if (
      active &&
      !(await confirm({
        title: '确认撤销授权？',
        message: `撤销后「${institutionName}」将不能再查看您的企业信息（已进行的对接不受影响）。`,
        confirmLabel: '撤销授权',
        danger: true,
      }))
    )
      return;
    try {
      const input = { institutionId };
      const { data } = active
        ? await revoke({ variables: { input }, awaitRefetchQueries: true })
        : await grant({ variables: { input }, awaitRefetchQueries: true });
      const payload = data && ('profileConsentRevoke' in data ? data.profileConsentRevoke : data.profileConsentGrant);
      if (payload?.errors.length) setMessage(payload.errors.map((e) => e.message).join('；'));
      else showSuccess(active ? `已撤销「${institutionName}」查看企业信息的授权` : `已授权「${institutionName}」查看企业信息`);
    } catch (err) {
      setMessage(describeRequestError(err));
    }
  }
  const busy = granting.loading || revoking.loading;
  return (
    <>
      <button
        type="button"
        className={`button ${active ? 'button--secondary' : 'button--primary'}`}
        onClick={() => void toggle()}
        disabled={busy}
        aria-label={`${active ? '撤销授权' : '授权查看企业信息'}：${institutionName}`}
      >
        {busy ? '正在处理…' : active ? '撤销授权' : '授权查看企业信息'}
      </button>
      {message ? (
        <span className="field-error" role="alert">
          {message}
        </span>
      ) : null}
      {dialog}
    </>
  );
}

/** Consents the enterprise has given, with revoke (takes effect at once). */
export function ConsentList() {
  const { data, loading, error, refetch } = useQuery(MyConsentsQuery, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading label="正在加载授权记录…" />;
  if (error && !data) return <ErrorState message={`授权记录加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  const list = data?.myProfileConsents ?? [];
  if (!list.length) {
    return (
      <EmptyState title="尚未授权任何机构">
        <p>提交融资需求后，可在需求页面授权接收需求的机构查看企业信息。</p>
      </EmptyState>
    );
  }
  return (
    <table className="columns-table">
      <caption className="visually-hidden">企业信息授权记录</caption>
      <thead>
        <tr>
          <th scope="col">服务机构</th>
          <th scope="col">状态</th>
          <th scope="col">授权时间</th>
          <th scope="col">操作</th>
        </tr>
      </thead>
      <tbody>
        {list.map((c) =>
          c.institution ? (
            <tr key={c.institution.id} data-testid="consent-row">
              <td>{c.institution.name}</td>
              <td>
                <span className={`badge badge--${c.active ? 'verified' : 'rejected'}`} data-testid="consent-status">
                  {c.active ? '已授权' : `已撤销（${formatDateTime(c.revokedAt)}）`}
                </span>
              </td>
              <td>{formatDateTime(c.grantedAt)}</td>
              <td>
                <ConsentButton institutionId={c.institution.id} institutionName={c.institution.name} active={c.active} />
              </td>
            </tr>
          ) : null,
        )}
      </tbody>
    </table>
  );
}

const ProfileSummaryQuery = graphql(`
  query ColumnsProfileSummary {
    me {
      id
      enterprise {
        id
        name
        regionName
        industryName
        sizeClass
        establishedOn
        contactName
        contactPhone
      }
    }
  }
`);

/** What a need form takes from the enterprise profile, shown so nothing has to be typed twice (and can be corrected there). */
export function ProfileSummary() {
  const { data } = useQuery(ProfileSummaryQuery);
  const e = data?.me?.enterprise;
  if (!e) return null;
  return (
    <div className="columns-profile" data-testid="profile-summary">
      <p>
        将使用企业登记信息：<strong>{e.name}</strong> · {e.regionName ?? '—'} · {e.industryName ?? '—'} ·{' '}
        {e.sizeClass ? `${SIZE_CLASS_LABELS[e.sizeClass]}企业` : '规模待定'} · 成立于 {e.establishedOn ?? '未申报'} · 联系人 {e.contactName} {e.contactPhone}
      </p>
      <p className="columns-muted">
        信息有误？请到 <Link to="/enterprise">我的企业</Link> 修改。
      </p>
    </div>
  );
}

/** A titled section of a column page with an anchor. */
export function Section({ id, title, lead, children }: { id: string; title: string; lead?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} className="section columns-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {lead ? <p className="page__lead">{lead}</p> : null}
      {children}
    </section>
  );
}

/** In-page navigation of a column page, with the viewer's own pages of the columns (needs, inbox, statistics). */
export function ColumnTabs({ items }: { items: readonly [string, string][] }) {
  const { data } = useQuery(ViewerQuery);
  const roles = data?.me?.roles ?? [];
  const own: [string, string][] = [];
  if (data?.me) own.push(['/my/needs', '我的需求']);
  if (roles.includes('INSTITUTION_STAFF')) own.push(['/institution/needs', '收到的需求']);
  if (roles.includes('OPERATOR') || roles.includes('REVIEWER')) own.push(['/admin/statistics', '栏目服务统计']);
  return (
    <nav className="columns-tabs" aria-label="栏目导航">
      {items.map(([id, label]) => (
        <a key={id} href={`#${id}`}>
          {label}
        </a>
      ))}
      {own.map(([to, label]) => (
        <Link key={to} to={to} className="columns-tabs__own">
          {label}
        </Link>
      ))}
    </nav>
  );
}
