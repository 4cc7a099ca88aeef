import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { ColumnNeedDetailQuery, DockingStatus, NeedOutcome } from '../../gql/graphql.js';
import { COLUMN_LABELS, DOCKING_STATUS_LABELS, formatDateTime } from '../../lib/codes.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, useLocation } from '../../lib/router.js';
import { ViewerQuery } from '../../lib/viewer.js';
import { ProductCard } from './FinancingPage.js';
import { COLLATERAL_LABELS, PURPOSE_LABELS, STAGE_LABELS, URGENCY_LABELS } from './labels.js';
import { FormAlert, SelectField, TextField } from '../../components/forms.js';
import { ConsentButton, MyConsentsQuery, MyNeeds, NeedStatusBadge, NeedTimeline, Section, useFormErrors } from './shared.js';

const ColumnNeedDetailQueryDoc = graphql(`
  query ColumnNeedDetail($id: ID!) {
    columnNeed(id: $id) {
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
      firstRepliedAt
      firstReplyOverdue
      createdAt
      closedAt
      amountFinanced
      rating
      financing {
        termMonths
        purpose
        collateral
        guaranteeAvailable
        urgency
      }
      talent {
        deadline
        positions {
          title
          headcount
          skills
          salaryMin
          salaryMax
        }
      }
      entrepreneurship {
        stage
      }
      diagnosis {
        categoryLabel
        group
        onSite
      }
      institutions {
        id
        name
        contactPhone
      }
      docking {
        id
        status
        institution {
          id
          name
        }
      }
      timeline {
        at
        type
        body
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
      financingMatches {
        products {
          eligible
          product {
            id
            name
            lender
            productType
            amountMin
            amountMax
            termMinMonths
            termMaxMonths
            rateMin
            rateMax
            collateralRequired
            guaranteeRequired
            institution {
              id
              name
            }
          }
          criteria {
            code
            label
            passed
            reason
          }
        }
        nearMisses {
          product {
            id
            name
            lender
            productType
            amountMin
            amountMax
            termMinMonths
            termMaxMonths
            rateMin
            rateMax
            collateralRequired
            guaranteeRequired
          }
          criteria {
            code
            label
            passed
            reason
          }
        }
        referral {
          message
          institutions {
            id
            name
            contactPhone
          }
        }
      }
    }
  }
`);

const ColumnNeedStartDockingMutation = graphql(`
  mutation ColumnNeedStartDocking($input: ColumnNeedDockingInput!) {
    columnNeedStartDocking(input: $input) {
      need {
        id
        status
        docking {
          id
          status
          institution {
            id
            name
          }
        }
        timeline {
          at
          type
          body
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

const ColumnNeedCloseMutation = graphql(`
  mutation ColumnNeedClose($input: ColumnNeedCloseInput!) {
    columnNeedClose(input: $input) {
      need {
        id
        status
        closedAt
        amountFinanced
        rating
        timeline {
          at
          type
          body
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

const ColumnNeedRecordAmountFinancedMutation = graphql(`
  mutation ColumnNeedRecordAmountFinanced($input: ColumnNeedAmountFinancedInput!) {
    columnNeedRecordAmountFinanced(input: $input) {
      need {
        id
        status
        amountFinanced
        timeline {
          at
          type
          body
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

type Need = NonNullable<ColumnNeedDetailQuery['columnNeed']>;
type Matches = NonNullable<Need['financingMatches']>;

/** The docking statuses in which the need follows its docking (the server's OPEN_STATUSES). */
const OPEN_DOCKING: readonly DockingStatus[] = ['SUBMITTED', 'ACCEPTED', 'IN_SERVICE'];
const isClosed = (need: Need) => need.status === 'COMPLETED' || need.status === 'CANCELLED';
/** The docking the need continued as, while it is open; the need follows it until it ends. */
const openDocking = (need: Need) => (need.docking && OPEN_DOCKING.includes(need.docking.status) ? need.docking : null);
const dockingPath = (id: string) => `/my/dockings/${encodeURIComponent(id)}`;

function Criteria({ criteria }: { criteria: Matches['products'][number]['criteria'] }) {
  return (
    <ul className="policy-match__conditions">
      {criteria.map((c) => (
        <li key={c.code} className={`policy-match__condition policy-match__condition--${c.passed ? 'met' : 'not_met'}`} data-testid="match-criterion">
          <span className="policy-match__mark" aria-hidden="true">
            {c.passed ? '✓' : '✗'}
          </span>
          <span className="visually-hidden">{c.passed ? '符合' : '不符合'}</span>
          <strong>{c.label}</strong>：{c.reason}
        </li>
      ))}
    </ul>
  );
}

/** F3: the products that fit (with every reason), the near misses, and the referral when nothing fits. */
function FinancingMatches({ m }: { m: Matches }) {
  return (
    <>
      <Section id="matches" title={`匹配的融资产品（${m.products.length}）`}>
        {m.products.length ? (
          <ul className="policy-list">
            {m.products.map((x) => (
              <li key={x.product.id}>
                <article className="policy-item columns-match" data-testid="matched-product">
                  <ProductCard p={x.product} />
                  {x.product.institution ? <p className="columns-muted">发布机构：{x.product.institution.name}</p> : null}
                  <details open>
                    <summary>匹配原因</summary>
                    <Criteria criteria={x.criteria} />
                  </details>
                </article>
              </li>
            ))}
          </ul>
        ) : (
          <div className="notice columns-referral" data-testid="referral">
            <p>{m.referral?.message ?? '暂未找到完全符合条件的融资产品。'}</p>
            {m.referral?.institutions.length ? (
              <ul className="columns-list">
                {m.referral.institutions.map((i) => (
                  <li key={i.id}>
                    {i.name} <span className="columns-muted">电话 {i.contactPhone}</span>
                  </li>
                ))}
              </ul>
            ) : null}
            <p>
              <Link to="/financing#routes">查看融资渠道指引</Link> · <Link to="/activities">查看融资对接活动</Link>
            </p>
          </div>
        )}
      </Section>
      {m.nearMisses.length ? (
        <Section id="near-misses" title="差一项条件的产品" lead="只有一项条件不符合，可与机构沟通或调整需求。">
          <ul className="policy-list">
            {m.nearMisses.map((x) => (
              <li key={x.product.id}>
                <article className="policy-item columns-match" data-testid="near-miss">
                  <ProductCard p={x.product} />
                  <Criteria criteria={x.criteria.filter((c) => !c.passed)} />
                </article>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}

/**
 * An institution that answered can take the need on as a docking, once the enterprise chooses it: again after a
 * docking that ended without completing (declined, cancelled, closed), never while one is open or the need is closed.
 */
function DockingCell({ need, institutionId, institutionName }: { need: Need; institutionId: string; institutionName: string }) {
  const [start, { loading }] = useMutation(ColumnNeedStartDockingMutation);
  const [message, setMessage] = useState('');
  const docking = need.docking?.institution?.id === institutionId ? need.docking : null;
  const link = docking ? (
    <Link to={dockingPath(docking.id)} aria-label={`查看对接（${DOCKING_STATUS_LABELS[docking.status]}）：${institutionName}`}>
      查看对接（{DOCKING_STATUS_LABELS[docking.status]}）
    </Link>
  ) : null;
  const replied = need.replies.some((r) => r.institution?.id === institutionId);
  if (!replied || isClosed(need) || openDocking(need)) return link ?? <span className="columns-muted">{replied ? '—' : '待答复'}</span>;
  async function run() {
    setMessage('');
    try {
      const { data } = await start({ variables: { input: { needId: need.id, institutionId } } });
      const errors = data?.columnNeedStartDocking.errors ?? [];
      if (errors.length) setMessage(errors.map((e) => e.message).join('；'));
    } catch (err) {
      setMessage(describeRequestError(err));
    }
  }
  const label = docking ? '再次选择该机构对接' : '选择该机构对接';
  return (
    <>
      {link ? <p className="columns-muted">上次对接：{link}</p> : null}
      <button type="button" className="button button--primary" disabled={loading} onClick={() => void run()} aria-label={`${label}：${institutionName}`}>
        {loading ? '正在处理…' : label}
      </button>
      {message ? (
        <span className="field-error" role="alert">
          {message}
        </span>
      ) : null}
    </>
  );
}

/** Where the need stands with its docking: open (continue in 我的对接), completed, or ended with the need still open. */
function DockingNotice({ need }: { need: Need }) {
  const d = need.docking;
  if (!d) return null;
  const name = d.institution?.name ?? '服务机构';
  const status = DOCKING_STATUS_LABELS[d.status];
  let text: string;
  if (OPEN_DOCKING.includes(d.status)) text = `需求已转为与“${name}”的对接（${status}），办理进度请在“我的对接”中跟进；对接完成后需求随之办结。`;
  else if (d.status === 'COMPLETED') text = `与“${name}”的对接已完成，需求随之办结。`;
  else if (isClosed(need)) text = `与“${name}”的对接${status}。`;
  else text = `与“${name}”的对接${status}，未完成。需求仍为已答复：可在下方另选已答复的服务机构（或同一机构）重新对接，或关闭需求。`;
  return (
    <div className="notice columns-notice columns-need-docking" data-testid="need-docking" role="status">
      <p>{text}</p>
      <p>
        <Link to={dockingPath(d.id)}>{OPEN_DOCKING.includes(d.status) ? '在“我的对接”中继续' : '查看对接记录'}</Link>
      </p>
    </div>
  );
}

/** Routed institutions, each with the enterprise's consent to see its profile (grant / revoke, at once). */
function Institutions({ need }: { need: Need }) {
  const viewer = useQuery(ViewerQuery);
  const hasEnterprise = !!viewer.data?.me?.enterprise;
  const consents = useQuery(MyConsentsQuery, { fetchPolicy: 'cache-and-network', skip: !hasEnterprise });
  const active = new Set((consents.data?.myProfileConsents ?? []).filter((c) => c.active && c.institution).map((c) => c.institution!.id));
  if (!need.institutions.length) return <EmptyState title="本地区暂无对应的服务机构">{<p>平台运营人员将跟进您的需求。</p>}</EmptyState>;
  return (
    <table className="columns-table">
      <caption className="visually-hidden">接收需求的服务机构</caption>
      <thead>
        <tr>
          <th scope="col">服务机构</th>
          <th scope="col">联系电话</th>
          {hasEnterprise ? <th scope="col">企业信息</th> : null}
          {hasEnterprise ? <th scope="col">转为对接</th> : null}
        </tr>
      </thead>
      <tbody>
        {need.institutions.map((i) => (
          <tr key={i.id} data-testid="routed-institution">
            <td>{i.name}</td>
            <td>{i.contactPhone}</td>
            {hasEnterprise ? (
              <td>
                <span className="columns-consent-state">{active.has(i.id) ? '已授权查看' : '未授权'}</span>{' '}
                <ConsentButton institutionId={i.id} institutionName={i.name} active={active.has(i.id)} />
              </td>
            ) : null}
            {hasEnterprise ? (
              <td>
                <DockingCell need={need} institutionId={i.id} institutionName={i.name} />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Details({ need }: { need: Need }) {
  const rows: [string, string][] = [
    ['栏目', COLUMN_LABELS[need.column]],
    ['所在地区', need.regionName ?? '—'],
    ['联系人', `${need.contactName} ${need.contactPhone}`],
    ['提交时间', formatDateTime(need.createdAt)],
    ['首次答复时限', formatDateTime(need.firstReplyDue)],
    ['首次答复时间', formatDateTime(need.firstRepliedAt)],
  ];
  if (need.financing) {
    const f = need.financing;
    rows.push(
      ['融资金额', `${need.amount ?? 0} 万元`],
      ['融资期限', `${f.termMonths} 个月`],
      ['融资用途', PURPOSE_LABELS[f.purpose]],
      ['抵质押物', f.collateral.map((c) => COLLATERAL_LABELS[c]).join('、')],
      ['第三方担保', f.guaranteeAvailable ? '可以提供' : '无法提供'],
      ['资金需求时间', URGENCY_LABELS[f.urgency]],
    );
  }
  if (need.talent) {
    rows.push(['招聘人数', `${need.headcount ?? 0} 人`], ['截止日期', need.talent.deadline]);
    for (const p of need.talent.positions) {
      const salary = p.salaryMin !== null || p.salaryMax !== null ? `，月薪${p.salaryMin ?? '面议'}–${p.salaryMax ?? '面议'}元` : '';
      rows.push([`岗位：${p.title}`, `${p.headcount}人${p.skills.length ? `，${p.skills.join('、')}` : ''}${salary}`]);
    }
  }
  if (need.entrepreneurship) rows.push(['创业阶段', STAGE_LABELS[need.entrepreneurship.stage]]);
  if (need.diagnosis)
    rows.push(['服务类别', `${need.diagnosis.group}：${need.diagnosis.categoryLabel}`], ['上门诊断', need.diagnosis.onSite ? '需要' : '不需要']);
  return (
    <dl className="facts">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

const RATING_GROUPS = [{ label: '评分', options: ['5', '4', '3', '2', '1'].map((v) => ({ value: v, label: `${v}分` })) }];

/** 登记融资到位金额: a financing need completed through its docking records the amount once, checked by the API. */
function AmountFinancedForm({ needId }: { needId: string }) {
  const [record, { loading }] = useMutation(ColumnNeedRecordAmountFinancedMutation);
  const [amount, setAmount] = useState('');
  const { form, errors, show, showApi, showRequestError } = useFormErrors(['amountFinanced']);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const value = amount.trim();
    if (!value) return show({ fields: { amountFinanced: ['请填写融资到位金额（万元）'] }, form: [] });
    if (!Number.isFinite(Number(value))) return show({ fields: { amountFinanced: ['请输入数字（万元）'] }, form: [] });
    try {
      const { data } = await record({ variables: { input: { needId, amountFinanced: Number(value) } } });
      const errs = data?.columnNeedRecordAmountFinanced.errors ?? [];
      if (errs.length) showApi(errs);
    } catch (err) {
      showRequestError(err);
    }
  }
  return (
    <form ref={form} className="panel form" aria-label="登记融资到位金额" onSubmit={(e) => void submit(e)} noValidate>
      <FormAlert messages={errors.form} />
      <div className="form-grid">
        <TextField
          name="amountFinanced"
          label="融资到位金额（万元）"
          inputMode="decimal"
          required
          value={amount}
          onValueChange={setAmount}
          hint="需求已随对接办结，请补填实际到位金额，用于栏目服务统计；只能登记一次。"
          errors={errors.fields.amountFinanced}
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? '正在登记…' : '登记融资到位金额'}
        </button>
      </div>
    </form>
  );
}

/** The requester closes its need: solved (with the amount financed, for financing) or no longer needed, with an optional rating. */
function CloseForm({ need }: { need: Need }) {
  const [close, { loading }] = useMutation(ColumnNeedCloseMutation);
  const [rating, setRating] = useState('');
  const [financed, setFinanced] = useState('');
  const { form, errors, show, showApi, showRequestError } = useFormErrors(['amountFinanced', 'rating', 'outcome']);
  if (isClosed(need)) {
    return (
      <>
        <p className="columns-muted" data-testid="need-outcome">
          {formatDateTime(need.closedAt)} {need.status === 'COMPLETED' ? '已办结' : '已撤销'}
          {need.docking?.status === 'COMPLETED' && need.status === 'COMPLETED' ? '（随对接完成）' : ''}
          {need.amountFinanced !== null ? `，融资到位 ${need.amountFinanced} 万元` : ''}
          {need.rating !== null ? `，评分 ${need.rating} 分` : ''}
        </p>
        {need.column === 'FINANCING' && need.status === 'COMPLETED' && need.docking?.status === 'COMPLETED' && need.amountFinanced === null ? (
          <AmountFinancedForm needId={need.id} />
        ) : null}
      </>
    );
  }
  const docking = openDocking(need);
  if (docking) {
    // The server refuses closing by hand now: the need follows its docking.
    return (
      <div className="notice columns-notice" data-testid="close-in-docking">
        <p>需求正在对接中（{DOCKING_STATUS_LABELS[docking.status]}），不能在此手动办结或撤销：请在“我的对接”中确认完成或撤销对接，需求会随之更新。</p>
        <p>
          <Link to={dockingPath(docking.id)}>前往我的对接</Link>
        </p>
      </div>
    );
  }
  async function run(outcome: NeedOutcome) {
    if (financed.trim() && !Number.isFinite(Number(financed))) return show({ fields: { amountFinanced: ['请输入数字（万元）'] }, form: [] });
    try {
      const { data } = await close({
        variables: {
          input: {
            needId: need.id,
            outcome,
            rating: rating ? Number(rating) : null,
            amountFinanced: outcome === 'COMPLETED' && financed.trim() ? Number(financed) : null,
          },
        },
      });
      const errs = data?.columnNeedClose.errors ?? [];
      if (errs.length) showApi(errs);
    } catch (err) {
      showRequestError(err);
    }
  }
  return (
    <form ref={form} className="panel form" aria-label="关闭需求" onSubmit={(e) => e.preventDefault()} noValidate>
      <FormAlert messages={errors.form} />
      <div className="form-grid">
        {need.column === 'FINANCING' ? (
          <TextField
            name="amountFinanced"
            label="融资到位金额（万元）"
            inputMode="decimal"
            value={financed}
            onValueChange={setFinanced}
            hint="办结时填写，用于统计"
            errors={errors.fields.amountFinanced}
          />
        ) : null}
        <SelectField
          name="rating"
          label="服务评分"
          value={rating}
          onValueChange={setRating}
          groups={RATING_GROUPS}
          placeholder="不评分"
          errors={errors.fields.rating}
        />
      </div>
      <div className="form__actions">
        <button type="button" className="button button--primary" disabled={loading} onClick={() => void run('COMPLETED')}>
          已解决，办结
        </button>
        <button type="button" className="button button--ghost" disabled={loading} onClick={() => void run('CANCELLED')}>
          不再需要，撤销
        </button>
      </div>
    </form>
  );
}

export function NeedDetailPage({ id }: { id: string }) {
  const { query } = useLocation();
  const { data, loading, error, refetch } = useQuery(ColumnNeedDetailQueryDoc, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const need = data?.columnNeed;
  usePageTitle(need?.title ?? '需求详情');
  if (loading && !data) return <Loading label="正在加载需求…" />;
  if (error && !data) return <ErrorState message={`需求加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  if (!need) {
    return (
      <div className="container page page--narrow">
        <EmptyState title="需求不存在或无权查看">
          <Link to="/my/needs">返回我的需求</Link>
        </EmptyState>
      </div>
    );
  }
  return (
    <div className="container page">
      <p className="breadcrumb">
        <Link to="/my/needs">我的需求</Link> / {COLUMN_LABELS[need.column]}
      </p>
      {query.get('submitted') ? (
        <div className="notice columns-notice" role="status">
          <p>
            需求已提交，已推送给 {need.institutions.length} 家服务机构，机构须在 {formatDateTime(need.firstReplyDue)} 前首次答复。
          </p>
        </div>
      ) : null}
      <h1>{need.title}</h1>
      <p className="policy-item__meta">
        <NeedStatusBadge status={need.status} overdue={need.firstReplyOverdue} />
      </p>
      {need.description ? <p>{need.description}</p> : null}
      <Details need={need} />
      {need.financingMatches ? <FinancingMatches m={need.financingMatches} /> : null}
      <Section
        id="institutions"
        title="接收需求的服务机构"
        lead="企业信息仅对您授权的机构可见，可随时撤销，撤销立即生效；机构答复后，可选择一家机构转为对接，在“我的对接”中继续办理。"
      >
        <DockingNotice need={need} />
        <Institutions need={need} />
      </Section>
      <Section id="replies" title={`机构答复（${need.replies.length}）`}>
        {need.replies.length ? (
          <ol className="timeline">
            {need.replies.map((r) => (
              <li key={r.id} className="timeline__item">
                <p>
                  <strong>{r.institution?.name ?? '我'}</strong> <span className="columns-muted">{formatDateTime(r.createdAt)}</span>
                </p>
                <p>{r.body}</p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="columns-muted">暂无答复。</p>
        )}
      </Section>
      <Section id="timeline" title="需求进展">
        <NeedTimeline events={need.timeline} empty="暂无进展。转为对接、对接完成或结束、评价、办结等都会记录在这里。" />
      </Section>
      <Section id="close" title="办结需求">
        <CloseForm need={need} />
      </Section>
    </div>
  );
}

export function MyNeedsPage() {
  usePageTitle('我的需求');
  const viewer = useQuery(ViewerQuery);
  return (
    <div className="container page">
      <h1>我的需求</h1>
      <p className="page__lead">在融资、创业、人才、技术和管理咨询栏目提交的需求及其答复进度。</p>
      {viewer.loading && !viewer.data ? (
        <Loading />
      ) : viewer.data?.me ? (
        <MyNeeds first={50} />
      ) : (
        <EmptyState title="请先登录">
          <p>
            <Link to="/login?next=/my/needs">登录</Link>后查看您提交的需求；未登录提交的创业需求可在 <Link to="/entrepreneurship#track">创业服务</Link>{' '}
            凭查询码查询。
          </p>
        </EmptyState>
      )}
    </div>
  );
}
