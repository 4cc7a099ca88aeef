import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FilterActions, FormAlert, SelectField, TextField } from '../../components/forms.js';
import { ConnectionList } from '../../components/paging.js';
import { ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type {
  ServiceCategory,
  StartupNeedBoardFilter,
  StartupNeedBoardQuery,
  StartupResourceFilter,
  StartupResourceKind,
  StartupResourcesQuery,
  StartupStage,
} from '../../gql/graphql.js';
import { formatDateTime, REGION_GROUPS } from '../../lib/codes.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, navigate } from '../../lib/router.js';
import { ViewerQuery } from '../../lib/viewer.js';
import { NEED_STATUS_LABELS, RESOURCE_KIND_LABELS, STAGE_LABELS } from './labels.js';
import { Catalogue, ColumnTabs, MyNeeds, Section, useFormErrors, useHashScroll } from './shared.js';

const StartupResourcesQueryDoc = graphql(`
  query StartupResources($filter: StartupResourceFilter, $first: Int, $after: String) {
    startupResources(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        id
        kind
        name
        summary
        regionName
        address
        areaM2
        priceYuanPerM2Month
        vacancies
        contactName
        contactPhone
        latitude
        longitude
        startsOn
        endsOn
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

type Resource = StartupResourcesQuery['startupResources']['nodes'][number];

function ResourceItem({ r }: { r: Resource }) {
  const facts: string[] = [];
  if (r.regionName) facts.push(r.regionName);
  if (r.address) facts.push(r.address);
  if (r.areaM2 !== null) facts.push(`面积 ${r.areaM2} 平方米`);
  if (r.priceYuanPerM2Month !== null) facts.push(r.priceYuanPerM2Month === 0 ? '免租金' : `租金 ${r.priceYuanPerM2Month} 元/平方米·月`);
  if (r.vacancies !== null) facts.push(r.kind === 'TRAINING_COURSE' ? `剩余名额 ${r.vacancies}` : `空余 ${r.vacancies} 个`);
  if (r.startsOn || r.endsOn) facts.push(`${r.startsOn ?? ''} 至 ${r.endsOn ?? '长期'}`);
  return (
    <article className="policy-item columns-resource" data-testid="startup-resource">
      <h3 className="policy-item__title">{r.name}</h3>
      <p className="policy-item__meta">
        <span className="tag">{RESOURCE_KIND_LABELS[r.kind]}</span>
        {facts.map((x) => (
          <span key={x}>{x}</span>
        ))}
      </p>
      {r.summary ? <p>{r.summary}</p> : null}
      <p className="columns-muted">
        {r.contactName || r.contactPhone ? `联系：${r.contactName ?? ''} ${r.contactPhone ?? ''}` : null}
        {r.latitude !== null && r.longitude !== null ? ` · 坐标 ${r.latitude.toFixed(4)}, ${r.longitude.toFixed(4)}` : null}
        {r.institution ? ` · 发布机构：${r.institution.name}` : null}
      </p>
    </article>
  );
}

function ResourceResults({ filter }: { filter: StartupResourceFilter }) {
  const query = useQuery(StartupResourcesQueryDoc, { variables: { filter, first: 10 }, fetchPolicy: 'cache-and-network' });
  return (
    <ConnectionList
      query={query}
      connection={(d) => d.startupResources}
      loadingLabel="正在加载创业资源…"
      errorLabel="创业资源加载失败。"
      emptyTitle="暂无符合条件的创业资源"
      empty={<p>请调整筛选条件后重试。</p>}
    >
      {(items, list) => (
        <>
          <p className="search-count" aria-live="polite">
            共 {list.totalCount} 条
          </p>
          <ul className="policy-list">
            {items.map((r) => (
              <li key={r.id}>
                <ResourceItem r={r} />
              </li>
            ))}
          </ul>
        </>
      )}
    </ConnectionList>
  );
}

interface DirDraft {
  kind: StartupResourceKind | '';
  regionCode: string;
  nameContains: string;
  maxPrice: string;
  minAreaM2: string;
  hasVacancy: boolean;
}
const NO_DIR: DirDraft = { kind: '', regionCode: '', nameContains: '', maxPrice: '', minAreaM2: '', hasVacancy: false };

function toDirFilter(d: DirDraft): StartupResourceFilter {
  const f: StartupResourceFilter = {};
  if (d.kind) f.kind = d.kind;
  if (d.regionCode) f.regionCode = d.regionCode;
  if (d.nameContains.trim()) f.nameContains = d.nameContains.trim().slice(0, 50);
  if (d.maxPrice.trim() && Number.isFinite(Number(d.maxPrice))) f.maxPrice = Number(d.maxPrice);
  if (d.minAreaM2.trim() && Number.isFinite(Number(d.minAreaM2))) f.minAreaM2 = Number(d.minAreaM2);
  if (d.hasVacancy) f.hasVacancy = true;
  return f;
}

function Directory() {
  const [draft, setDraft] = useState<DirDraft>(NO_DIR);
  const [applied, setApplied] = useState<DirDraft>(NO_DIR);
  const filter = toDirFilter(applied);
  const pick = (kind: StartupResourceKind | '') => {
    setDraft({ ...draft, kind });
    setApplied({ ...applied, kind });
  };
  return (
    <>
      <div className="columns-kinds" role="group" aria-label="资源类别">
        {([['', '全部'], ...Object.entries(RESOURCE_KIND_LABELS)] as [StartupResourceKind | '', string][]).map(([k, label]) => (
          <button
            key={k || 'ALL'}
            type="button"
            className={`button ${applied.kind === k ? 'button--primary' : 'button--ghost'}`}
            aria-pressed={applied.kind === k}
            onClick={() => pick(k)}
          >
            {label}
          </button>
        ))}
      </div>
      <form
        className="panel policy-filters"
        aria-label="筛选创业资源"
        onSubmit={(e) => {
          e.preventDefault();
          setApplied(draft);
        }}
      >
        <div className="policy-filters__grid">
          <div className="field">
            <label htmlFor="sr-name">名称关键词</label>
            <input
              id="sr-name"
              type="search"
              maxLength={50}
              value={draft.nameContains}
              onChange={(e) => setDraft({ ...draft, nameContains: e.target.value })}
            />
          </div>
          <SelectField
            name="sr-region"
            label="所在地区"
            value={draft.regionCode}
            onValueChange={(v) => setDraft({ ...draft, regionCode: v })}
            groups={REGION_GROUPS}
            placeholder="全部地区"
          />
          <div className="field">
            <label htmlFor="sr-price">租金上限（元/平方米·月）</label>
            <input id="sr-price" inputMode="decimal" value={draft.maxPrice} onChange={(e) => setDraft({ ...draft, maxPrice: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="sr-area">面积下限（平方米）</label>
            <input id="sr-area" inputMode="decimal" value={draft.minAreaM2} onChange={(e) => setDraft({ ...draft, minAreaM2: e.target.value })} />
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={draft.hasVacancy} onChange={(e) => setDraft({ ...draft, hasVacancy: e.target.checked })} />
            只看有空余
          </label>
        </div>
        <FilterActions
          onReset={() => {
            setDraft(NO_DIR);
            setApplied(NO_DIR);
          }}
        />
      </form>
      <ResourceResults key={JSON.stringify(filter)} filter={filter} />
    </>
  );
}

const ENTREPRENEURSHIP_CATEGORIES: readonly { value: ServiceCategory; label: string }[] = [
  { value: 'STARTUP_TRAINING', label: '创业辅导与培训' },
  { value: 'RESOURCE_DOCKING', label: '创业资源对接' },
  { value: 'BUSINESS_PLANNING', label: '创业规划' },
  { value: 'STARTUP_AGENCY', label: '创业代理服务' },
  { value: 'VENUE_DOCKING', label: '创业场地信息与对接' },
];

const StartupNeedBoardQuery = graphql(`
  query StartupNeedBoard($filter: StartupNeedBoardFilter, $first: Int, $after: String) {
    startupNeedBoard(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        id
        categoryLabel
        stage
        regionName
        status
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

function NeedBoardResults({ filter }: { filter: StartupNeedBoardFilter }) {
  const query = useQuery(StartupNeedBoardQuery, { variables: { filter, first: 10 }, fetchPolicy: 'cache-and-network' });
  return (
    <ConnectionList
      query={query}
      connection={(d) => d.startupNeedBoard}
      loadingLabel="正在加载创业需求…"
      errorLabel="创业需求加载失败。"
      emptyTitle="暂无正在办理的创业需求"
    >
      {(items, list) => (
        <>
          <p className="search-count" aria-live="polite">
            共 {list.totalCount} 条正在办理的创业需求
          </p>
          <table className="columns-table">
            <caption className="visually-hidden">创业需求公示</caption>
            <thead>
              <tr>
                <th scope="col">需求类别</th>
                <th scope="col">创业阶段</th>
                <th scope="col">地区</th>
                <th scope="col">状态</th>
                <th scope="col">提交时间</th>
              </tr>
            </thead>
            <tbody>
              {items.map((n) => (
                <tr key={n.id} data-testid="startup-need-listing">
                  <td>{n.categoryLabel}</td>
                  <td>{STAGE_LABELS[n.stage]}</td>
                  <td>{n.regionName ?? '—'}</td>
                  <td>{NEED_STATUS_LABELS[n.status]}</td>
                  <td>{formatDateTime(n.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </ConnectionList>
  );
}

/** 创业需求公示: what entrepreneurs ask for (category, stage, region, status), never their words or contacts. */
function NeedBoard() {
  const [category, setCategory] = useState('');
  const [regionCode, setRegionCode] = useState('');
  const filter: StartupNeedBoardFilter = {};
  if (category) filter.category = category as ServiceCategory;
  if (regionCode) filter.regionCode = regionCode;
  return (
    <>
      <div className="panel policy-filters" role="group" aria-label="筛选创业需求">
        <div className="policy-filters__grid">
          <SelectField
            name="nb-category"
            label="需求类别"
            value={category}
            onValueChange={setCategory}
            groups={[{ label: '创业服务', options: ENTREPRENEURSHIP_CATEGORIES }]}
            placeholder="全部类别"
          />
          <SelectField name="nb-region" label="地区" value={regionCode} onValueChange={setRegionCode} groups={REGION_GROUPS} placeholder="全部地区" />
        </div>
      </div>
      <NeedBoardResults key={JSON.stringify(filter)} filter={filter} />
    </>
  );
}

const StartupNeedSubmitMutation = graphql(`
  mutation EntrepreneurshipNeedSubmit($input: EntrepreneurshipNeedSubmitInput!) {
    entrepreneurshipNeedSubmit(input: $input) {
      need {
        id
        title
      }
      trackingCode
      errors {
        code
        field
        message
      }
    }
  }
`);

interface NeedDraft {
  category: ServiceCategory | '';
  stage: StartupStage | '';
  description: string;
  regionCode: string;
  'contact.name': string;
  'contact.phone': string;
}
const EMPTY_NEED: NeedDraft = { category: '', stage: '', description: '', regionCode: '', 'contact.name': '', 'contact.phone': '' };
const FIELDS = ['category', 'stage', 'description', 'regionCode', 'contact', 'contact.name', 'contact.phone'];

/** S3: open to everyone — signed in without an enterprise, or anonymous with a contact (a tracking code comes back). */
function StartupNeedForm({ hasEnterprise }: { hasEnterprise: boolean }) {
  const [d, setD] = useState<NeedDraft>(EMPTY_NEED);
  const [tracking, setTracking] = useState<{ code: string; title: string } | null>(null);
  const { form, errors, show, showApi, showRequestError } = useFormErrors(FIELDS);
  const [submitNeed, { loading }] = useMutation(StartupNeedSubmitMutation);
  const set = (k: keyof NeedDraft) => (v: string) => setD((x) => ({ ...x, [k]: v }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    if (!d.category) local.category = ['请选择需求类别'];
    if (!d.stage) local.stage = ['请选择创业阶段'];
    if (Object.keys(local).length) return show({ fields: local, form: [] });
    const name = d['contact.name'].trim();
    const phone = d['contact.phone'].trim();
    try {
      const { data } = await submitNeed({
        variables: {
          input: {
            category: d.category as ServiceCategory,
            stage: d.stage as StartupStage,
            description: d.description,
            regionCode: d.regionCode || null,
            contact: hasEnterprise && !name && !phone ? null : { name, phone },
          },
        },
        refetchQueries: ['MyColumnNeeds'],
      });
      const payload = data?.entrepreneurshipNeedSubmit;
      if (!payload) return show({ fields: {}, form: ['提交失败，请稍后重试。'] });
      if (payload.errors.length) return showApi(payload.errors);
      if (payload.trackingCode) setTracking({ code: payload.trackingCode, title: payload.need?.title ?? '' });
      else navigate(`/my/needs/${encodeURIComponent(payload.need!.id)}?submitted=1`);
    } catch (err) {
      showRequestError(err);
    }
  }

  if (tracking) {
    return (
      <div className="panel columns-tracking" role="status">
        <p>您的创业需求「{tracking.title}」已提交，本地区创业服务机构将尽快答复。</p>
        <p>
          查询码：
          <strong className="mono" data-testid="tracking-code">
            {tracking.code}
          </strong>
        </p>
        <p className="columns-muted">请妥善保存查询码（只显示一次），凭它可在本页查询答复。</p>
      </div>
    );
  }
  const f = errors.fields;
  return (
    <form ref={form} className="form form--wide panel" onSubmit={submit} noValidate aria-label="创业需求">
      <FormAlert messages={errors.form} />
      <p className="form__note">尚未注册企业也可以提交{hasEnterprise ? '' : '，未登录提交将得到一个查询码'}。</p>
      <div className="form-grid">
        <SelectField
          name="category"
          label="需求类别"
          value={d.category}
          onValueChange={set('category')}
          groups={[{ label: '创业服务', options: ENTREPRENEURSHIP_CATEGORIES }]}
          placeholder="请选择"
          required
          errors={f.category}
        />
        <SelectField
          name="stage"
          label="创业阶段"
          value={d.stage}
          onValueChange={set('stage')}
          groups={[{ label: '创业阶段', options: Object.entries(STAGE_LABELS).map(([value, label]) => ({ value, label })) }]}
          placeholder="请选择"
          required
          errors={f.stage}
        />
        <SelectField
          name="regionCode"
          label="所在地区"
          value={d.regionCode}
          onValueChange={set('regionCode')}
          groups={REGION_GROUPS}
          placeholder="请选择"
          required={!hasEnterprise}
          errors={f.regionCode}
        />
        <TextField
          name="contact.name"
          label="联系人"
          value={d['contact.name']}
          onValueChange={set('contact.name')}
          required={!hasEnterprise}
          errors={[...(f.contact ?? []), ...(f['contact.name'] ?? [])]}
        />
        <TextField
          name="contact.phone"
          label="联系电话"
          value={d['contact.phone']}
          onValueChange={set('contact.phone')}
          required={!hasEnterprise}
          inputMode="tel"
          errors={f['contact.phone']}
        />
      </div>
      <div className="field">
        <label htmlFor="startup-description">
          需求描述
          <span className="required" aria-hidden="true">
            *
          </span>
        </label>
        <textarea
          id="startup-description"
          name="description"
          rows={4}
          maxLength={2000}
          value={d.description}
          onChange={(e) => set('description')(e.target.value)}
          aria-invalid={f.description ? true : undefined}
          aria-describedby={f.description ? 'startup-description-error' : undefined}
        />
        {f.description ? (
          <div id="startup-description-error" className="field-errors">
            {f.description.map((m) => (
              <p key={m} className="field-error" data-testid="error-description">
                {m}
              </p>
            ))}
          </div>
        ) : null}
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? '正在提交…' : '提交创业需求'}
        </button>
      </div>
    </form>
  );
}

const TrackingQuery = graphql(`
  query ColumnNeedByTrackingCode($code: String!) {
    columnNeedByTrackingCode(code: $code) {
      id
      title
      status
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
  }
`);

function TrackingLookup() {
  const [code, setCode] = useState('');
  const [lookup, { data, loading, error, called }] = useLazyQuery(TrackingQuery, { fetchPolicy: 'network-only' });
  const need = data?.columnNeedByTrackingCode;
  return (
    <div className="panel">
      <form
        className="search-box__row"
        onSubmit={(e) => {
          e.preventDefault();
          if (code.trim()) void lookup({ variables: { code: code.trim() } });
        }}
      >
        <label htmlFor="tracking-code" className="visually-hidden">
          查询码
        </label>
        <input id="tracking-code" placeholder="输入提交时获得的查询码" maxLength={64} value={code} onChange={(e) => setCode(e.target.value)} />
        <button type="submit" className="button button--secondary" disabled={loading}>
          查询
        </button>
      </form>
      {error ? <ErrorState message={describeRequestError(error)} /> : null}
      {called && !loading && data && !need ? <p className="columns-muted">未找到该查询码对应的需求。</p> : null}
      {need ? (
        <div>
          <p>
            <strong>{need.title}</strong> · {NEED_STATUS_LABELS[need.status]}
          </p>
          {need.replies.map((r) => (
            <p key={r.id}>
              {r.institution?.name ?? '我'}：{r.body}
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}

export function EntrepreneurshipPage() {
  usePageTitle('创业服务');
  const { data, loading } = useQuery(ViewerQuery);
  const me = data?.me;
  useHashScroll(!loading);
  return (
    <div className="container page">
      <h1>创业服务</h1>
      <p className="page__lead">扶持措施、孵化器和创业场地、创业培训课程一站查询；有创业需求可在线提交，尚未注册企业、甚至未登录也可以。</p>
      <ColumnTabs
        items={[
          ['directory', '创业资源'],
          ['needs-board', '创业需求公示'],
          ['services', '服务类别'],
          ['need', '提交创业需求'],
          ['track', me ? '我的创业需求' : '查询答复'],
        ]}
      />
      <Section id="directory" title="创业资源目录">
        <Directory />
      </Section>
      <Section
        id="needs-board"
        title="创业需求公示"
        lead="创业者提出的需求类别、阶段和地区，便于服务机构主动对接；需求描述和联系方式只推送给当地服务机构，不公开。"
      >
        <NeedBoard />
      </Section>
      <Section id="services" title="创业服务类别">
        <Catalogue column="ENTREPRENEURSHIP" />
      </Section>
      <Section id="need" title="提交创业需求" lead="本地区创业服务机构将在一个工作日内首次答复。">
        {loading ? <Loading /> : <StartupNeedForm hasEnterprise={!!me?.enterprise} />}
      </Section>
      {me ? (
        <Section id="track" title="我的创业需求">
          <MyNeeds column="ENTREPRENEURSHIP" />
        </Section>
      ) : (
        <Section id="track" title="凭查询码查询答复">
          <TrackingLookup />
          <p className="columns-muted">
            也可以 <Link to="/login?next=/entrepreneurship">登录</Link> 后提交，在“我的需求”中查看进度。
          </p>
        </Section>
      )}
    </div>
  );
}
