import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FilterActions, FormAlert, SelectField, TextField } from '../../components/forms.js';
import { ConnectionList } from '../../components/paging.js';
import { ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type {
  CollateralKind,
  FinancingProductFilter,
  FinancingProductType,
  FinancingProductsQuery,
  FinancingPurpose,
  FinancingUrgency,
} from '../../gql/graphql.js';
import { REGION_GROUPS } from '../../lib/codes.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { navigate } from '../../lib/router.js';
import { ViewerQuery } from '../../lib/viewer.js';
import { COLLATERAL_LABELS, PRODUCT_TYPE_LABELS, PURPOSE_LABELS, URGENCY_LABELS } from './labels.js';
import { ColumnTabs, ConsentList, MyNeeds, ProfileSummary, Section, SignInNotice, useFormErrors, useHashScroll } from './shared.js';

const FinancingRoutesQuery = graphql(`
  query FinancingRoutes {
    financingRoutes {
      code
      kind
      name
      summary
      suitableFor
      steps
      tips
    }
  }
`);

function Routes() {
  const { data, loading, error, refetch } = useQuery(FinancingRoutesQuery);
  if (loading && !data) return <Loading label="正在加载融资渠道…" />;
  if (error && !data) return <ErrorState message={`融资渠道加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  const routes = data?.financingRoutes ?? [];
  return (
    <div className="columns-two">
      {(['INDIRECT', 'DIRECT'] as const).map((kind) => (
        <section key={kind} aria-label={kind === 'INDIRECT' ? '间接融资' : '直接融资'}>
          <h3>{kind === 'INDIRECT' ? '间接融资：通过银行等中介机构借入资金' : '直接融资：向投资者出让股权或发行证券'}</h3>
          {routes
            .filter((r) => r.kind === kind)
            .map((r) => (
              <details key={r.code} className="columns-route">
                <summary>{r.name}</summary>
                <p>{r.summary}</p>
                <p>
                  <strong>适合：</strong>
                  {r.suitableFor}
                </p>
                <ol className="steps">
                  {r.steps.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ol>
                <p className="columns-muted">提示：{r.tips}</p>
              </details>
            ))}
        </section>
      ))}
    </div>
  );
}

const FinancingProductsQueryDoc = graphql(`
  query FinancingProducts($filter: FinancingProductFilter, $first: Int, $after: String) {
    financingProducts(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        id
        name
        lender
        productType
        summary
        amountMin
        amountMax
        termMinMonths
        termMaxMonths
        rateMin
        rateMax
        collateralRequired
        guaranteeRequired
        requiredMaterials
        institution {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Product = FinancingProductsQuery['financingProducts']['nodes'][number];

export function ProductCard({
  p,
}: {
  p: Pick<
    Product,
    | 'name'
    | 'lender'
    | 'productType'
    | 'amountMin'
    | 'amountMax'
    | 'termMinMonths'
    | 'termMaxMonths'
    | 'rateMin'
    | 'rateMax'
    | 'collateralRequired'
    | 'guaranteeRequired'
  > & { summary?: string; requiredMaterials?: readonly string[] };
}) {
  return (
    <>
      <h3 className="policy-item__title">{p.name}</h3>
      <p className="policy-item__meta">
        <span className="tag">{PRODUCT_TYPE_LABELS[p.productType]}</span>
        <span>{p.lender}</span>
        <span>
          额度 {p.amountMin}–{p.amountMax} 万元
        </span>
        <span>
          期限 {p.termMinMonths}–{p.termMaxMonths} 个月
        </span>
        <span>
          年利率 {p.rateMin}%–{p.rateMax}%
        </span>
        <span>{p.collateralRequired ? '需抵质押' : '无需抵质押'}</span>
        <span>{p.guaranteeRequired ? '需担保' : '无需担保'}</span>
      </p>
      {p.summary ? <p>{p.summary}</p> : null}
      {p.requiredMaterials?.length ? <p className="columns-muted">所需材料：{p.requiredMaterials.join('、')}</p> : null}
    </>
  );
}

function ProductResults({ filter }: { filter: FinancingProductFilter }) {
  const query = useQuery(FinancingProductsQueryDoc, { variables: { filter, first: 10 }, fetchPolicy: 'cache-and-network' });
  return (
    <ConnectionList
      query={query}
      connection={(d) => d.financingProducts}
      loadingLabel="正在加载融资产品…"
      errorLabel="融资产品加载失败。"
      emptyTitle="暂无符合条件的融资产品"
      empty={<p>请调整筛选条件，或直接提交融资需求，由机构为您推荐。</p>}
    >
      {(items, list) => (
        <>
          <p className="search-count" aria-live="polite">
            共 {list.totalCount} 款融资产品
          </p>
          <ul className="policy-list">
            {items.map((p) => (
              <li key={p.id}>
                <article className="policy-item columns-product">
                  <ProductCard p={p} />
                  {p.institution ? <p className="columns-muted">发布机构：{p.institution.name}</p> : null}
                </article>
              </li>
            ))}
          </ul>
        </>
      )}
    </ConnectionList>
  );
}

interface ProductDraft {
  productType: FinancingProductType | '';
  regionCode: string;
  amount: string;
  termMonths: string;
  unsecured: boolean;
}
const NO_FILTER: ProductDraft = { productType: '', regionCode: '', amount: '', termMonths: '', unsecured: false };

function toProductFilter(d: ProductDraft): FinancingProductFilter {
  const f: FinancingProductFilter = {};
  if (d.productType) f.productType = d.productType;
  if (d.regionCode) f.regionCode = d.regionCode;
  if (d.amount.trim() && Number(d.amount) > 0) f.amount = Number(d.amount);
  if (/^\d+$/.test(d.termMonths.trim())) f.termMonths = Number(d.termMonths);
  if (d.unsecured) f.unsecured = true;
  return f;
}

function ProductShelf() {
  const [draft, setDraft] = useState<ProductDraft>(NO_FILTER);
  const [applied, setApplied] = useState<ProductDraft>(NO_FILTER);
  const filter = toProductFilter(applied);
  function submit(e: FormEvent) {
    e.preventDefault();
    setApplied(draft);
  }
  return (
    <>
      <form className="panel policy-filters" aria-label="筛选融资产品" onSubmit={submit}>
        <div className="policy-filters__grid">
          <div className="field">
            <label htmlFor="fp-type">产品类型</label>
            <select id="fp-type" value={draft.productType} onChange={(e) => setDraft({ ...draft, productType: e.target.value as FinancingProductType | '' })}>
              <option value="">全部类型</option>
              {Object.entries(PRODUCT_TYPE_LABELS).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          </div>
          <SelectField
            name="fp-region"
            label="服务地区"
            value={draft.regionCode}
            onValueChange={(v) => setDraft({ ...draft, regionCode: v })}
            groups={REGION_GROUPS}
            placeholder="全部地区"
          />
          <div className="field">
            <label htmlFor="fp-amount">融资金额（万元）</label>
            <input id="fp-amount" inputMode="decimal" value={draft.amount} onChange={(e) => setDraft({ ...draft, amount: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="fp-term">期限（月）</label>
            <input id="fp-term" inputMode="numeric" value={draft.termMonths} onChange={(e) => setDraft({ ...draft, termMonths: e.target.value })} />
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={draft.unsecured} onChange={(e) => setDraft({ ...draft, unsecured: e.target.checked })} />
            只看无需抵押和担保
          </label>
        </div>
        <FilterActions
          onReset={() => {
            setDraft(NO_FILTER);
            setApplied(NO_FILTER);
          }}
        />
      </form>
      <ProductResults key={JSON.stringify(filter)} filter={filter} />
    </>
  );
}

const FinancingNeedSubmitMutation = graphql(`
  mutation FinancingNeedSubmit($input: FinancingNeedSubmitInput!) {
    financingNeedSubmit(input: $input) {
      need {
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

interface NeedDraft {
  amount: string;
  termMonths: string;
  purpose: FinancingPurpose | '';
  collateral: CollateralKind[];
  guaranteeAvailable: boolean;
  urgency: FinancingUrgency | '';
  regionCode: string;
  description: string;
}
const EMPTY_NEED: NeedDraft = {
  amount: '',
  termMonths: '',
  purpose: '',
  collateral: [],
  guaranteeAvailable: false,
  urgency: '',
  regionCode: '',
  description: '',
};
const NEED_FIELDS = ['amount', 'termMonths', 'purpose', 'collateral', 'guaranteeAvailable', 'urgency', 'regionCode', 'description'];
const options = (labels: Readonly<Record<string, string>>, group: string) => [
  { label: group, options: Object.entries(labels).map(([value, label]) => ({ value, label })) },
];

/** F2: a financing need in a few fields; the rest (industry, size, years, contact) comes from the enterprise profile. */
export function FinancingNeedForm() {
  const [d, setD] = useState<NeedDraft>(EMPTY_NEED);
  const { form, errors, show, showApi, showRequestError } = useFormErrors(NEED_FIELDS);
  const [submitNeed, { loading }] = useMutation(FinancingNeedSubmitMutation);
  const set = (k: keyof NeedDraft) => (v: string) => setD((x) => ({ ...x, [k]: v }));
  const toggleCollateral = (c: CollateralKind, on: boolean) =>
    setD((x) => ({
      ...x,
      collateral: on ? (c === 'NONE' ? ['NONE'] : [...x.collateral.filter((k) => k !== 'NONE'), c]) : x.collateral.filter((k) => k !== c),
    }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    // Only what GraphQL's types would refuse outright is checked here; the rules are the API's.
    const local: Record<string, string[]> = {};
    if (!d.amount.trim() || !Number.isFinite(Number(d.amount))) local.amount = ['请填写融资金额（万元）'];
    if (!/^\d{1,4}$/.test(d.termMonths.trim())) local.termMonths = ['请填写融资期限（整数月）'];
    if (!d.purpose) local.purpose = ['请选择融资用途'];
    if (!d.urgency) local.urgency = ['请选择资金需求时间'];
    if (Object.keys(local).length) return show({ fields: local, form: [] });
    try {
      const { data } = await submitNeed({
        variables: {
          input: {
            amount: Number(d.amount),
            termMonths: Number(d.termMonths),
            purpose: d.purpose as FinancingPurpose,
            collateral: d.collateral,
            guaranteeAvailable: d.guaranteeAvailable,
            urgency: d.urgency as FinancingUrgency,
            regionCode: d.regionCode || null,
            description: d.description.trim() || null,
          },
        },
        refetchQueries: ['MyColumnNeeds'],
      });
      const payload = data?.financingNeedSubmit;
      if (!payload) return show({ fields: {}, form: ['提交失败，请稍后重试。'] });
      if (payload.errors.length) return showApi(payload.errors);
      navigate(`/my/needs/${encodeURIComponent(payload.need!.id)}?submitted=1`);
    } catch (err) {
      showRequestError(err);
    }
  }

  const f = errors.fields;
  return (
    <form ref={form} className="form form--wide panel" onSubmit={submit} noValidate aria-label="融资需求">
      <FormAlert messages={errors.form} />
      <p className="form__note">所属行业、企业规模、成立年限和联系人取自企业登记信息，无需重复填写。</p>
      <ProfileSummary />
      <div className="form-grid">
        <TextField name="amount" label="融资金额（万元）" inputMode="decimal" value={d.amount} onValueChange={set('amount')} required errors={f.amount} />
        <TextField
          name="termMonths"
          label="融资期限（月）"
          inputMode="numeric"
          value={d.termMonths}
          onValueChange={set('termMonths')}
          required
          errors={f.termMonths}
        />
        <SelectField
          name="purpose"
          label="融资用途"
          value={d.purpose}
          onValueChange={set('purpose')}
          groups={options(PURPOSE_LABELS, '融资用途')}
          placeholder="请选择"
          required
          errors={f.purpose}
        />
        <SelectField
          name="urgency"
          label="资金需求时间"
          value={d.urgency}
          onValueChange={set('urgency')}
          groups={options(URGENCY_LABELS, '需求时间')}
          placeholder="请选择"
          required
          errors={f.urgency}
        />
        <SelectField
          name="regionCode"
          label="资金使用地"
          value={d.regionCode}
          onValueChange={set('regionCode')}
          groups={REGION_GROUPS}
          placeholder="同企业所在地"
          hint="不选则使用企业所在地区"
          errors={f.regionCode}
        />
      </div>
      <fieldset
        className={`form-section${f.collateral ? ' field--invalid' : ''}`}
        aria-invalid={f.collateral ? true : undefined}
        aria-describedby={f.collateral ? 'collateral-errors' : undefined}
      >
        <legend>
          可提供的抵质押物
          <span className="required" aria-hidden="true">
            *
          </span>
        </legend>
        <div className="checkbox-grid">
          {(Object.entries(COLLATERAL_LABELS) as [CollateralKind, string][]).map(([k, label]) => (
            <label key={k} className="checkbox">
              <input
                type="checkbox"
                name="collateral"
                checked={d.collateral.includes(k)}
                onChange={(e) => toggleCollateral(k, e.target.checked)}
                aria-invalid={f.collateral ? true : undefined}
              />
              {label}
            </label>
          ))}
        </div>
        {f.collateral ? (
          <div id="collateral-errors" className="field-errors">
            {f.collateral.map((m) => (
              <p key={m} className="field-error" data-testid="error-collateral">
                {m}
              </p>
            ))}
          </div>
        ) : null}
      </fieldset>
      <label className="checkbox columns-inline">
        <input type="checkbox" checked={d.guaranteeAvailable} onChange={(e) => setD((x) => ({ ...x, guaranteeAvailable: e.target.checked }))} />
        可以提供第三方担保
      </label>
      <TextField
        name="description"
        label="需求说明"
        value={d.description}
        onValueChange={set('description')}
        maxLength={1000}
        hint="最多1000字"
        errors={f.description}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? '正在提交…' : '提交融资需求'}
        </button>
      </div>
    </form>
  );
}

const CreditRatingQuery = graphql(`
  query MyCreditRating {
    me {
      id
      enterprise {
        id
        name
        creditRating {
          score
          maxScore
          grade
          gradeLabel
          factors {
            code
            label
            points
            maxPoints
            explanation
          }
        }
      }
    }
  }
`);

/** F1: the enterprise's scorecard, each factor with its points and why. */
function CreditRating() {
  const { data, loading, error, refetch } = useQuery(CreditRatingQuery, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading label="正在计算评分…" />;
  if (error && !data) return <ErrorState message={`评分加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  const r = data?.me?.enterprise?.creditRating;
  if (!r) return null;
  return (
    <div className="panel columns-rating">
      <p className="columns-rating__score">
        <span data-testid="rating-score">{r.score}</span>
        <span className="columns-muted"> / {r.maxScore} 分</span>
        <span className="tag" data-testid="rating-grade">
          {r.grade} {r.gradeLabel}
        </span>
      </p>
      <table className="columns-table">
        <caption className="visually-hidden">评分因素</caption>
        <thead>
          <tr>
            <th scope="col">因素</th>
            <th scope="col">得分</th>
            <th scope="col">说明</th>
          </tr>
        </thead>
        <tbody>
          {r.factors.map((x) => (
            <tr key={x.code}>
              <th scope="row">{x.label}</th>
              <td>
                <meter min={0} max={x.maxPoints} value={x.points} aria-label={`${x.label}得分`} /> {x.points}/{x.maxPoints}
              </td>
              <td>{x.explanation}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="columns-muted">评分依据平台掌握的企业登记信息计算，仅供参考，不是征信报告。完善企业信息、通过认证可提高得分。</p>
    </div>
  );
}

export function FinancingPage() {
  usePageTitle('融资服务');
  const { data, loading } = useQuery(ViewerQuery);
  const me = data?.me;
  useHashScroll(!loading);
  return (
    <div className="container page">
      <h1>融资服务</h1>
      <p className="page__lead">了解融资渠道，浏览各机构的融资产品；提交一次融资需求，平台逐项说明匹配的产品和原因，并推送给本地区融资服务机构。</p>
      <ColumnTabs
        items={[
          ['routes', '融资渠道指引'],
          ['products', '融资产品'],
          ['need', '提交融资需求'],
          ['rating', '信用与成长评分'],
          ['my-needs', '我的融资需求'],
          ['consents', '企业信息授权'],
        ]}
      />
      <Section id="routes" title="融资渠道指引" lead="用通俗的语言说明间接融资和直接融资的各种方式、适用企业、办理步骤和注意事项。">
        <Routes />
      </Section>
      <Section id="products" title="融资产品">
        <ProductShelf />
      </Section>
      <Section id="need" title="提交融资需求" lead="填写金额、期限、用途和可提供的抵质押物，几分钟即可完成。">
        {loading ? <Loading /> : me?.enterprise ? <FinancingNeedForm /> : <SignInNotice signedIn={!!me} what="融资需求" />}
      </Section>
      {me?.enterprise ? (
        <>
          <Section id="rating" title="信用与成长评分" lead="透明的评分卡：每一项得分和原因都公开。">
            <CreditRating />
          </Section>
          <Section id="my-needs" title="我的融资需求">
            <MyNeeds column="FINANCING" />
          </Section>
          <Section id="consents" title="企业信息授权" lead="企业信息只对您授权的机构可见；撤销后立即生效。">
            <ConsentList />
          </Section>
        </>
      ) : null}
    </div>
  );
}
