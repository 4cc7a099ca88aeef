import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import { COLUMN_LABELS, formatDateTime } from '../../lib/codes.js';
import { FormAlert, TextAreaField } from '../../components/forms.js';
import { describeRequestError, groupErrors, hasErrors, NO_ERRORS, type FormErrors } from '../../lib/errors.js';
import { downloadExport, useDownload } from '../../lib/download.js';
import { fieldOf } from '../docking/fields.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, useLocation } from '../../lib/router.js';
import { InstitutionOnly } from '../docking/InstitutionDockingsPage.js';
import { ActivityInvitationsPanel } from './ActivityInvitations.js';
import '../docking/docking.css';
import { chinaClock, chinaDate, chinaMonth } from '../../lib/china-time.js';

const ActivityCalendarQuery = graphql(`
  query ActivityCalendar($month: String!) {
    activities(first: 100, filter: { month: $month }) {
      totalCount
      nodes {
        id
        name
        column
        startsAt
        endsAt
        placeAddress
        onlineUrl
      }
    }
  }
`);

const InstitutionActivitiesQuery = graphql(`
  query InstitutionActivities($institutionId: ID!) {
    activities(first: 50, filter: { institutionId: $institutionId }) {
      totalCount
      nodes {
        id
        name
        startsAt
        endsAt
        capacity
        registeredCount
        attendance {
          registered
          checkedIn
        }
      }
    }
  }
`);

const CheckInActivityQuery = graphql(`
  query CheckInActivity($id: ID!) {
    activity(id: $id) {
      id
      name
      registrationMethod
      startsAt
      endsAt
      placeAddress
      onlineUrl
      summary
      summaryAt
      attendance {
        registered
        checkedIn
      }
    }
  }
`);

const ActivitySummaryPublishMutation = graphql(`
  mutation ActivitySummaryPublish($input: ActivitySummaryInput!) {
    activitySummaryPublish(input: $input) {
      activity {
        id
        summary
        summaryAt
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const ActivityCheckInMutation = graphql(`
  mutation ActivityCheckIn($input: ActivityCheckInInput!) {
    activityCheckIn(input: $input) {
      registration {
        id
        checkedInAt
        activity {
          id
          attendance {
            registered
            checkedIn
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

const ActivityStatisticsXlsxQuery = graphql(`
  query ActivityStatisticsXlsx($groupBy: ActivityStatsGroup!) {
    activityStatisticsXlsx(groupBy: $groupBy) {
      filename
      mimeType
      contentBase64
    }
  }
`);

/** Downloads the institution's activity statistics (by month) as an XLSX workbook made by the API. */
function StatisticsExport() {
  const client = useApolloClient();
  const { busy, message, run } = useDownload();
  const download = () =>
    run(async () => {
      const { data } = await client.query({ query: ActivityStatisticsXlsxQuery, variables: { groupBy: 'MONTH' }, fetchPolicy: 'network-only' });
      const file = data?.activityStatisticsXlsx;
      if (!file) throw new Error('empty');
      downloadExport(file);
    });
  return (
    <p className="activity-export">
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void download()}>
        {busy ? '正在导出…' : '导出活动统计（Excel）'}
      </button>
      {message ? <span className="field-error">{message}</span> : null}
    </p>
  );
}

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The month `by` months from a YYYY-MM month. */
function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

function MonthGrid({ month, activities }: { month: string; activities: { id: string; name: string; startsAt: string; endsAt: string }[] }) {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7; // Monday first
  const cells: (string | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => `${month}-${pad(i + 1)}`)];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  // An activity shows on each of its days within the month.
  const on = (day: string) => activities.filter((a) => chinaDate(a.startsAt) <= day && day <= chinaDate(a.endsAt));
  return (
    <table className="activity-calendar" aria-label={`${y}年${m}月活动月历`}>
      <thead>
        <tr>
          {WEEKDAYS.map((w) => (
            <th key={w} scope="col">
              周{w}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, i) => (
          <tr key={i}>
            {week.map((day, j) => {
              if (!day) return <td key={j} className="activity-calendar__blank" />;
              const items = on(day);
              return (
                <td key={j} className={items.length ? 'activity-calendar__busy' : undefined} data-day={day}>
                  <span className="activity-calendar__date">{Number(day.slice(8))}</span>
                  {items.length ? (
                    <ul>
                      {items.map((a) => (
                        <li key={a.id}>
                          <Link to={`/activities/${encodeURIComponent(a.id)}`}>
                            {chinaDate(a.startsAt) === day ? <span className="hint">{chinaClock(a.startsAt)} </span> : null}
                            {a.name}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ActivityCalendarPage() {
  usePageTitle('活动月历');
  const { query } = useLocation();
  const asked = query.get('month');
  const month = asked && /^\d{4}-(0[1-9]|1[0-2])$/.test(asked) ? asked : chinaMonth(new Date());
  const { data, loading, error, refetch } = useQuery(ActivityCalendarQuery, { variables: { month }, fetchPolicy: 'cache-and-network' });
  const [y, m] = month.split('-').map(Number);
  let body;
  if (loading && !data) body = <Loading label="正在加载活动…" />;
  else if (error && !data) body = <ErrorState message={`活动加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  else {
    const nodes = [...(data?.activities.nodes ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    body = (
      <div className="activity-calendar-layout">
        <div className="activity-calendar-wrap">
          <MonthGrid month={month} activities={nodes} />
        </div>
        <section aria-labelledby="month-list-title" className="panel activity-month-list">
          <h2 id="month-list-title">本月活动（{data?.activities.totalCount ?? 0}）</h2>
          {nodes.length ? (
            <ol>
              {nodes.map((a) => (
                <li key={a.id}>
                  <Link to={`/activities/${encodeURIComponent(a.id)}`}>{a.name}</Link>
                  <p className="hint">
                    {formatDateTime(a.startsAt)} · {COLUMN_LABELS[a.column]} · {a.placeAddress || (a.onlineUrl ? '线上活动' : '—')}
                  </p>
                </li>
              ))}
            </ol>
          ) : (
            <p className="hint">本月暂无活动</p>
          )}
        </section>
      </div>
    );
  }
  return (
    <div className="container page">
      <nav aria-label="面包屑" className="breadcrumb">
        <Link to="/activities">活动</Link> <span aria-hidden="true">›</span> <span>活动月历</span>
      </nav>
      <div className="activity-calendar-head">
        <h1>
          {y}年{m}月活动
        </h1>
        <nav aria-label="切换月份" className="activity-calendar-nav">
          <Link to={`/activities/calendar?month=${shiftMonth(month, -1)}`} className="button button--ghost">
            上个月
          </Link>
          <Link to={`/activities/calendar?month=${shiftMonth(month, 1)}`} className="button button--ghost">
            下个月
          </Link>
          <Link to="/activities" className="button button--secondary">
            列表视图
          </Link>
        </nav>
      </div>
      {body}
    </div>
  );
}

function MyInstitutionActivities({ institutionId }: { institutionId: string }) {
  const { data, loading, error, refetch } = useQuery(InstitutionActivitiesQuery, { variables: { institutionId }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading label="正在加载活动…" />;
  if (error && !data) return <ErrorState message={`活动加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  const nodes = data?.activities.nodes ?? [];
  if (!nodes.length) return <EmptyState title="暂无已发布的活动">活动经运营人员审核发布后，可在这里组织签到。</EmptyState>;
  return (
    <ul className="policy-list" aria-label="本机构活动">
      {nodes.map((a) => (
        <li key={a.id}>
          <article className="policy-item">
            <h3 className="policy-item__title">
              <Link to={`/activities/${encodeURIComponent(a.id)}`}>{a.name}</Link>
            </h3>
            <p className="policy-item__meta">
              <span>{formatDateTime(a.startsAt)}</span>
              <span>
                已报名 {a.registeredCount} / {a.capacity}
              </span>
              <span>已签到 {a.attendance.checkedIn}</span>
              <Link to={`/institution/activities/${encodeURIComponent(a.id)}/check-in`} className="button button--secondary">
                签到
              </Link>
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}

export function InstitutionActivitiesPage() {
  usePageTitle('活动签到');
  const { path } = useLocation();
  const { data } = useQuery(InstitutionViewerQuery);
  return (
    <div className="container page">
      <h1>本机构活动</h1>
      <p className="page__lead">已发布活动的报名和签到情况；活动开始前 1 小时至结束可签到。</p>
      <InstitutionOnly path={path}>
        <StatisticsExport />
        {data?.me?.institution ? <MyInstitutionActivities institutionId={data.me.institution.id} /> : <Loading />}
      </InstitutionOnly>
    </div>
  );
}

const InstitutionViewerQuery = graphql(`
  query InstitutionViewer {
    me {
      id
      institution {
        id
        name
      }
    }
  }
`);

type Result = { ok: boolean; code?: string; message: string };

const RESULT_TITLES: Record<string, string> = {
  ALREADY_CHECKED_IN: '重复签到',
  TICKET_INVALID: '无效电子票',
  NOT_FOUND: '非本机构活动',
  INVALID_STATE: '暂不能签到',
};

/** Scans with the camera where the browser offers the Barcode Detection API (Chromium on Android, ChromeOS, macOS). */
function CameraScan({ onCode }: { onCode: (code: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [on, setOn] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // The latest callback, without restarting the camera on every render of the parent.
  const report = useRef(onCode);
  useEffect(() => {
    report.current = onCode;
  }, [onCode]);
  const Detector = (
    window as unknown as { BarcodeDetector?: new (o: { formats: string[] }) => { detect: (v: HTMLVideoElement) => Promise<{ rawValue: string }[]> } }
  ).BarcodeDetector;
  useEffect(() => {
    if (!on || !Detector) return;
    let stream: MediaStream | null = null;
    let timer = 0;
    let stopped = false;
    const detector = new Detector({ formats: ['qr_code'] });
    void (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
        if (stopped || !video.current) return;
        video.current.srcObject = stream;
        await video.current.play();
        const tick = async () => {
          if (stopped || !video.current) return;
          const [hit] = await detector.detect(video.current).catch(() => []);
          if (hit?.rawValue) {
            report.current(hit.rawValue);
            setOn(false);
            return;
          }
          timer = window.setTimeout(() => void tick(), 300);
        };
        void tick();
      } catch {
        setProblem('无法打开摄像头，请输入电子票码。');
        setOn(false);
      }
    })();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [on, Detector]);
  if (!Detector) return <p className="hint">本浏览器不支持摄像头扫码，可使用扫码枪或手动输入电子票码。</p>;
  return (
    <div className="check-in-camera">
      {problem ? <p className="hint">{problem}</p> : null}
      {on ? <video ref={video} muted playsInline aria-label="摄像头画面" /> : null}
      <button type="button" className="button button--secondary" onClick={() => setOn((o) => !o)}>
        {on ? '停止扫码' : '摄像头扫码'}
      </button>
    </div>
  );
}

/** The organiser's summary (text; attendance is counted by the platform), published once the activity started. */
function SummaryForm({ activityId, current }: { activityId: string; current: string | null | undefined }) {
  const [text, setText] = useState(current ?? '');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [done, setDone] = useState(false);
  const [publish, { loading }] = useMutation(ActivitySummaryPublishMutation);
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setErrors(NO_ERRORS);
    setDone(false);
    try {
      const res = await publish({ variables: { input: { activityId, summary: text.trim() } } });
      const payload = res.data?.activitySummaryPublish;
      const found = groupErrors(
        (payload?.errors ?? []).map((x) => ({ ...x, field: fieldOf(x.field) })),
        ['summary'],
      );
      if (hasErrors(found)) setErrors(found);
      else setDone(true);
    } catch (err) {
      setErrors({ fields: {}, form: [`发布失败。${describeRequestError(err)}`] });
    }
  }
  return (
    <form className="form" aria-label="活动总结" onSubmit={(e) => void onSubmit(e)} noValidate>
      <h2>活动总结</h2>
      <FormAlert messages={errors.form} />
      {done ? (
        <p className="notice" role="status">
          活动总结已发布。
        </p>
      ) : null}
      <TextAreaField
        name="summary"
        label="总结内容"
        required
        rows={4}
        maxLength={10000}
        value={text}
        onValueChange={setText}
        hint="活动开始后可发布；签到人数由平台统计"
        errors={errors.fields.summary}
      />
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={loading}>
          {loading ? '正在发布…' : '发布总结'}
        </button>
      </div>
    </form>
  );
}

function CheckInDesk({ id }: { id: string }) {
  const { data, loading, error, refetch } = useQuery(CheckInActivityQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [checkIn, { loading: saving }] = useMutation(ActivityCheckInMutation);
  const [ticket, setTicket] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function submit(code: string) {
    const t = code.trim();
    if (!t) {
      setResult({ ok: false, code: 'REQUIRED', message: '请输入或扫描电子票码' });
      return;
    }
    setResult(null);
    try {
      // The activity goes along so a typed 8-character ticket code (unique within it) is accepted too.
      const res = await checkIn({ variables: { input: { ticket: t, activityId: id } } });
      const payload = res.data?.activityCheckIn;
      const first = payload?.errors[0];
      if (first) setResult({ ok: false, code: first.code, message: first.message });
      else if (payload?.registration?.checkedInAt) setResult({ ok: true, message: `签到成功（${formatDateTime(payload.registration.checkedInAt)}）` });
      else setResult({ ok: false, message: '签到失败，请稍后重试。' });
    } catch (err) {
      setResult({ ok: false, message: `签到失败。${describeRequestError(err)}` });
    }
    setTicket('');
    input.current?.focus();
  }
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void submit(ticket);
  }

  if (loading && !data) return <Loading label="正在加载活动…" />;
  if (error && !data) return <ErrorState message={`活动加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  const a = data?.activity;
  if (!a) return <EmptyState title="未找到该活动">该活动不存在，或不是本机构的活动。</EmptyState>;
  return (
    <article className="panel check-in" aria-labelledby="check-in-title">
      <h1 id="check-in-title">{a.name}</h1>
      <p className="hint">
        {formatDateTime(a.startsAt)} 至 {formatDateTime(a.endsAt)} · {a.placeAddress || (a.onlineUrl ? '线上活动' : '—')}
      </p>
      <p className="check-in__count" data-testid="check-in-count" aria-live="polite">
        已签到 <strong>{a.attendance.checkedIn}</strong> / {a.attendance.registered} 人
      </p>
      <form className="form" aria-label="签到" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="check-in-ticket">电子票码</label>
          <input
            ref={input}
            id="check-in-ticket"
            name="ticket"
            className="mono"
            autoComplete="off"
            autoFocus
            maxLength={200}
            value={ticket}
            onChange={(e) => setTicket(e.target.value)}
            aria-describedby="check-in-ticket-hint"
          />
          <p id="check-in-ticket-hint" className="hint">
            扫码枪扫描参会人员的二维码，或手动输入二维码下方的8位票号（如 ABCD-EFGH）后按回车。
          </p>
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? '正在核验…' : '签到'}
          </button>
        </div>
      </form>
      <CameraScan onCode={(code) => void submit(code)} />
      {result ? (
        <div className={`check-in__result check-in__result--${result.ok ? 'ok' : 'error'}`} role={result.ok ? 'status' : 'alert'} data-testid="check-in-result">
          <p className="check-in__title">{result.ok ? '签到成功' : (RESULT_TITLES[result.code ?? ''] ?? '签到失败')}</p>
          <p>{result.message}</p>
        </div>
      ) : null}
      <SummaryForm activityId={a.id} current={a.summary} />
      {a.registrationMethod === 'INVITATION' ? <ActivityInvitationsPanel activityId={a.id} /> : null}
    </article>
  );
}

export function CheckInPage({ id }: { id: string }) {
  usePageTitle('活动签到');
  const { path } = useLocation();
  return (
    <div className="container page page--narrow">
      <nav aria-label="面包屑" className="breadcrumb">
        <Link to="/institution/activities">本机构活动</Link> <span aria-hidden="true">›</span> <span>签到</span>
      </nav>
      <InstitutionOnly path={path}>
        <CheckInDesk id={id} />
      </InstitutionOnly>
    </div>
  );
}
