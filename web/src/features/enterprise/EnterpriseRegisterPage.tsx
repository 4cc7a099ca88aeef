import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { FormAlert, SelectField, TextField, focusFirstInvalid } from '../../components/forms.js';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { EnterpriseDetailFragment, EnterpriseRegisterInput, TaxCreditGrade } from '../../gql/graphql.js';
import { useQualificationCatalogue } from '../../lib/qualifications.js';
import { INDUSTRY_GROUPS, REGION_GROUPS } from '../../lib/codes.js';
import { NO_ERRORS, describeRequestError, groupErrors, hasErrors, type FormErrors } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, navigate } from '../../lib/router.js';
import { ViewerQuery } from '../../lib/viewer.js';
import { TaxCreditGradeLabel } from '../../gql/labels.js';

const EnterpriseUpdateMutation = graphql(`
  mutation EnterpriseUpdate($input: EnterpriseUpdateInput!) {
    enterpriseUpdate(input: $input) {
      enterprise {
        ...EnterpriseDetail
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const EnterpriseRegisterMutation = graphql(`
  mutation EnterpriseRegister($input: EnterpriseRegisterInput!) {
    enterpriseRegister(input: $input) {
      enterprise {
        ...EnterpriseDetail
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

interface Draft {
  uscc: string;
  name: string;
  regionCode: string;
  industryCode: string;
  establishedOn: string;
  employees: string;
  revenue: string;
  totalAssets: string;
  qualifications: string[];
  /** 暂不申报资质: the list stays undeclared (matching says UNKNOWN, not "holds none"). */
  qualificationsUndeclared: boolean;
  /** Per qualification held: valid from and until (YYYY-MM-DD) and, for counted kinds, the count. */
  qualificationTerms: Record<string, { validFrom: string; validTo: string; count: string }>;
  rdRatio: string;
  taxCreditGrade: TaxCreditGrade | '';
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

const EMPTY: Draft = {
  uscc: '',
  name: '',
  regionCode: '',
  industryCode: '',
  establishedOn: '',
  employees: '',
  revenue: '',
  totalAssets: '',
  qualifications: [],
  qualificationsUndeclared: false,
  qualificationTerms: {},
  rdRatio: '',
  taxCreditGrade: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
};

/** The form filled with an enterprise's current profile (editing). */
function draftOf(e: EnterpriseDetailFragment): Draft {
  return {
    uscc: e.uscc,
    name: e.name,
    regionCode: e.regionCode,
    industryCode: e.industryCode,
    establishedOn: e.establishedOn ?? '',
    employees: e.employees == null ? '' : String(e.employees),
    revenue: e.revenue == null ? '' : String(e.revenue),
    totalAssets: e.totalAssets == null ? '' : String(e.totalAssets),
    qualifications: e.qualifications ?? [],
    qualificationsUndeclared: e.qualifications == null,
    qualificationTerms: Object.fromEntries(
      (e.qualificationDetails ?? []).map((q) => [
        q.code,
        { validFrom: q.validFrom ?? '', validTo: q.validTo ?? '', count: q.count == null ? '' : String(q.count) },
      ]),
    ),
    rdRatio: e.rdRatio === null || e.rdRatio === undefined ? '' : String(e.rdRatio),
    taxCreditGrade: e.taxCreditGrade ?? '',
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    contactEmail: e.contactEmail ?? '',
  };
}

const TAX_CREDIT_GRADES: { value: TaxCreditGrade; label: string }[] = (['A', 'B', 'M', 'C', 'D'] as const).map((value) => ({
  value,
  label: TaxCreditGradeLabel[value],
}));

/** Fields whose change sends a verified enterprise back to review (as the API does). */
const IDENTIFYING: readonly (keyof Draft)[] = ['name', 'regionCode', 'industryCode', 'establishedOn'];

/** Every input field of EnterpriseRegisterInput: API errors naming one of these appear under it. */
/** Qualifications declared as a count (有效发明专利 件数 …), as the catalogue's countUnit says. */

const FIELDS: readonly (keyof Draft)[] = Object.keys(EMPTY) as (keyof Draft)[];

const REQUIRED: readonly [keyof Draft, string][] = [
  ['uscc', '请填写统一社会信用代码'],
  ['name', '请填写企业名称'],
  ['regionCode', '请选择所在地区'],
  ['industryCode', '请选择所属行业'],
  ['contactName', '请填写联系人'],
  ['contactPhone', '请填写联系电话'],
];

/** Light checks only: empty required fields, and numbers the GraphQL types would refuse outright. */
function checkDraft(d: Draft): FormErrors {
  const fields: Record<string, string[]> = {};
  for (const [key, message] of REQUIRED) {
    const value = d[key];
    if (typeof value === 'string' && !value.trim()) fields[key] = [message];
  }
  // blank: 未申报 (matching then asks for it instead of assuming 0)
  if (d.employees.trim() && !/^\d+$/.test(d.employees.trim())) fields.employees = ['从业人员应为不小于0的整数'];
  else if (Number(d.employees) > 2_147_483_647) fields.employees = ['从业人员数过大'];
  for (const key of ['revenue', 'totalAssets'] as const) {
    if (d[key].trim() && !Number.isFinite(Number(d[key]))) fields[key] = ['请输入数字（万元）'];
  }
  if (d.rdRatio.trim() && !Number.isFinite(Number(d.rdRatio))) fields.rdRatio = ['请输入百分数，如 3.5'];
  return { fields, form: [] };
}

function toInput(d: Draft): EnterpriseRegisterInput {
  return {
    uscc: d.uscc.trim(),
    name: d.name.trim(),
    regionCode: d.regionCode,
    industryCode: d.industryCode,
    establishedOn: d.establishedOn || null,
    employees: d.employees.trim() ? Number(d.employees) : null,
    revenue: d.revenue.trim() ? Number(d.revenue) : null,
    totalAssets: d.totalAssets.trim() ? Number(d.totalAssets) : null,
    qualifications: d.qualificationsUndeclared ? null : d.qualifications,
    qualificationDetails: d.qualificationsUndeclared
      ? null
      : d.qualifications.map((code) => ({
          code,
          validFrom: d.qualificationTerms[code]?.validFrom || null,
          validTo: d.qualificationTerms[code]?.validTo || null,
          count: d.qualificationTerms[code]?.count.trim() ? Number(d.qualificationTerms[code]!.count) : null,
        })),
    rdRatio: d.rdRatio.trim() ? Number(d.rdRatio) : null,
    taxCreditGrade: d.taxCreditGrade || null,
    contactName: d.contactName.trim(),
    contactPhone: d.contactPhone.trim(),
    contactEmail: d.contactEmail.trim() || null,
  };
}

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

type FormMode = { mode: 'register'; accountId: string } | { mode: 'edit'; enterprise: EnterpriseDetailFragment };

/** Registration and editing share one form; editing leaves out the USCC (it identifies the enterprise for good). */
function EnterpriseForm(props: FormMode) {
  const editing = props.mode === 'edit' ? props.enterprise : null;
  const [draft, setDraft] = useState<Draft>(() => (editing ? draftOf(editing) : EMPTY));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const form = useRef<HTMLFormElement>(null);
  const [register, { loading: registering }] = useMutation(EnterpriseRegisterMutation);
  const [update, { loading: updating }] = useMutation(EnterpriseUpdateMutation);
  const loading = registering || updating;
  const catalogue = useQualificationCatalogue();
  const reverify = !!editing && editing.status !== 'PENDING' && IDENTIFYING.some((k) => draft[k] !== draftOf(editing)[k]);

  const set = (key: Exclude<keyof Draft, 'qualifications' | 'qualificationsUndeclared' | 'qualificationTerms'>) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const setTerm = (code: string, key: 'validFrom' | 'validTo' | 'count', value: string) =>
    setDraft((d) => ({
      ...d,
      qualificationTerms: { ...d.qualificationTerms, [code]: { ...(d.qualificationTerms[code] ?? { validFrom: '', validTo: '', count: '' }), [key]: value } },
    }));
  const toggle = (q: string, on: boolean) =>
    setDraft((d) => ({ ...d, qualifications: on ? [...d.qualifications, q] : d.qualifications.filter((x) => x !== q) }));

  function show(e: FormErrors) {
    // Render the messages now, then move focus onto the first field at fault.
    flushSync(() => setErrors(e));
    focusFirstInvalid(form.current);
  }

  async function save() {
    const { uscc: _uscc, ...input } = toInput(draft);
    const { data } = await update({ variables: { input: { ...input, enterpriseId: editing!.id } } });
    const payload = data?.enterpriseUpdate;
    if (!payload) return show({ fields: {}, form: ['保存失败，请稍后重试。'] });
    if (payload.errors.length) return show(groupErrors(payload.errors, FIELDS));
    navigate('/enterprise?saved=1');
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local = checkDraft(draft);
    if (hasErrors(local)) return show(local);
    try {
      if (editing) return await save();
      const accountId = props.mode === 'register' ? props.accountId : '';
      const { data } = await register({
        variables: { input: toInput(draft) },
        update(cache, { data: result }) {
          const enterprise = result?.enterpriseRegister.enterprise;
          if (!enterprise) return;
          // The viewer now belongs to this enterprise; point the cached account at it.
          cache.modify({
            id: cache.identify({ __typename: 'Account', id: accountId }),
            fields: { enterprise: (_existing, { toReference }) => toReference({ __typename: 'Enterprise', id: enterprise.id }) },
          });
        },
      });
      const payload = data?.enterpriseRegister;
      if (!payload) return show({ fields: {}, form: ['提交失败，请稍后重试。'] });
      if (payload.errors.length) return show(groupErrors(payload.errors, FIELDS));
      navigate('/enterprise');
    } catch (err) {
      show({ fields: {}, form: [describeRequestError(err)] });
    }
  }

  const f = errors.fields;
  return (
    <form ref={form} className="form form--wide" onSubmit={submit} noValidate>
      <FormAlert messages={errors.form} />
      <p className="form__note">
        带 <span className="required">*</span> 的为必填项。
      </p>

      <fieldset className="form-section">
        <legend>企业基本信息</legend>
        <div className="form-grid">
          {editing ? null : (
            <TextField
              name="uscc"
              label="统一社会信用代码"
              value={draft.uscc}
              onValueChange={set('uscc')}
              required
              autoCapitalize="characters"
              autoComplete="off"
              spellCheck={false}
              className="field--mono"
              hint="18位，见营业执照，由数字和大写字母组成"
              errors={f.uscc}
            />
          )}
          <TextField
            name="name"
            label="企业名称"
            value={draft.name}
            onValueChange={set('name')}
            required
            autoComplete="organization"
            hint="与营业执照上的名称一致"
            errors={f.name}
          />
          <SelectField
            name="regionCode"
            label="所在地区"
            value={draft.regionCode}
            onValueChange={set('regionCode')}
            groups={REGION_GROUPS}
            placeholder="请选择所在地区"
            required
            hint="企业注册地所在的市、区（县）"
            errors={f.regionCode}
          />
          <SelectField
            name="industryCode"
            label="所属行业"
            value={draft.industryCode}
            onValueChange={set('industryCode')}
            groups={INDUSTRY_GROUPS}
            placeholder="请选择所属行业"
            required
            hint="国民经济行业分类（GB/T 4754-2017）大类"
            errors={f.industryCode}
          />
          <TextField
            name="establishedOn"
            label="成立日期"
            type="date"
            max={today()}
            min="1949-10-01"
            value={draft.establishedOn}
            onValueChange={set('establishedOn')}
            hint="留空表示未申报"
            errors={f.establishedOn}
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>经营规模</legend>
        <p className="notice" id="size-note">
          企业规模（大型、中型、小型、微型）由平台根据所属行业、从业人员、营业收入和资产总额，按《中小企业划型标准规定》自动计算，无需填写。
        </p>
        <div className="form-grid form-grid--3">
          <TextField
            name="employees"
            label="从业人员（人）"
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={draft.employees}
            onValueChange={set('employees')}
            hint="留空表示未申报"
            errors={f.employees}
          />
          <TextField
            name="revenue"
            label="营业收入（万元）"
            type="number"
            inputMode="decimal"
            min={0}
            step="0.01"
            value={draft.revenue}
            onValueChange={set('revenue')}
            hint="上一年度；留空表示未申报"
            errors={f.revenue}
          />
          <TextField
            name="totalAssets"
            label="资产总额（万元）"
            type="number"
            inputMode="decimal"
            min={0}
            step="0.01"
            value={draft.totalAssets}
            onValueChange={set('totalAssets')}
            hint="上一年度末；留空表示未申报"
            errors={f.totalAssets}
          />
        </div>
      </fieldset>

      <fieldset className="form-section" aria-describedby={f.qualifications ? 'qualifications-error' : undefined}>
        <legend>
          企业资质<span className="optional">（选填，可多选）</span>
        </legend>
        <label className="checkbox">
          <input
            type="checkbox"
            name="qualificationsUndeclared"
            checked={draft.qualificationsUndeclared}
            onChange={(e) => setDraft((d) => ({ ...d, qualificationsUndeclared: e.target.checked }))}
          />
          <span>暂不申报资质（未申报，匹配时提示补充）</span>
        </label>
        <div className="checkbox-grid" hidden={draft.qualificationsUndeclared}>
          {catalogue.map((q) => (
            <label key={q.value} className="checkbox">
              <input
                type="checkbox"
                name="qualifications"
                value={q.value}
                checked={draft.qualifications.includes(q.value)}
                onChange={(e) => toggle(q.value, e.target.checked)}
                aria-invalid={f.qualifications ? true : undefined}
              />
              <span>{q.label}</span>
            </label>
          ))}
        </div>
        {!draft.qualificationsUndeclared && draft.qualifications.length ? (
          <div className="form-grid" data-testid="qualification-terms">
            {draft.qualifications.map((code) => {
              const kind = catalogue.find((q) => q.value === code);
              const name = kind?.label ?? code;
              return (
                <div key={code}>
                  <TextField
                    name={`validFrom-${code}`}
                    label={`${name} 有效期自`}
                    type="date"
                    value={draft.qualificationTerms[code]?.validFrom ?? ''}
                    onValueChange={(v) => setTerm(code, 'validFrom', v)}
                    hint="选填"
                  />
                  <TextField
                    name={`validTo-${code}`}
                    label={`${name} 有效期至`}
                    type="date"
                    value={draft.qualificationTerms[code]?.validTo ?? ''}
                    onValueChange={(v) => setTerm(code, 'validTo', v)}
                    hint="选填；过期后匹配时不再计入"
                  />
                  {kind?.countUnit ? (
                    <TextField
                      name={`count-${code}`}
                      label={`${name} 数量（${kind.countUnit}）`}
                      type="number"
                      inputMode="numeric"
                      min={0}
                      step={1}
                      value={draft.qualificationTerms[code]?.count ?? ''}
                      onValueChange={(v) => setTerm(code, 'count', v)}
                    />
                  ) : null}
                </div>
              );
            })}
          </div>
        ) : null}
        {f.qualifications ? (
          <div id="qualifications-error" className="field-errors">
            {f.qualifications.map((m, i) => (
              <p key={i} className="field-error" data-testid="error-qualifications">
                {m}
              </p>
            ))}
          </div>
        ) : null}
      </fieldset>

      <fieldset className="form-section">
        <legend>
          政策匹配补充信息<span className="optional">（选填）</span>
        </legend>
        <p className="notice" id="declared-note">
          许多惠企政策要求研发投入占比或纳税信用等级。填报后，“适合我的政策”可直接判断是否符合；未填报的条件显示为“可能符合”。以上为企业自报信息，申报时以证明材料为准。
        </p>
        <div className="form-grid">
          <TextField
            name="rdRatio"
            label="研发投入占营业收入比例（%）"
            type="number"
            inputMode="decimal"
            min={0}
            max={100}
            step="0.01"
            value={draft.rdRatio}
            onValueChange={set('rdRatio')}
            hint="上一年度研发费用 ÷ 营业收入 × 100，最多两位小数"
            errors={f.rdRatio}
          />
          <SelectField
            name="taxCreditGrade"
            label="纳税信用等级"
            value={draft.taxCreditGrade}
            onValueChange={set('taxCreditGrade')}
            groups={[{ label: '纳税信用等级', options: TAX_CREDIT_GRADES }]}
            placeholder="未填报"
            hint="税务机关每年公布的上一年度评价结果"
            errors={f.taxCreditGrade}
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>联系方式</legend>
        <div className="form-grid form-grid--3">
          <TextField
            name="contactName"
            label="联系人"
            value={draft.contactName}
            onValueChange={set('contactName')}
            required
            maxLength={50}
            autoComplete="name"
            errors={f.contactName}
          />
          <TextField
            name="contactPhone"
            label="联系电话"
            type="tel"
            value={draft.contactPhone}
            onValueChange={set('contactPhone')}
            required
            autoComplete="tel"
            hint="手机号或带区号的固定电话，如 0551-65123456"
            errors={f.contactPhone}
          />
          <TextField
            name="contactEmail"
            label="联系邮箱"
            type="email"
            value={draft.contactEmail}
            onValueChange={set('contactEmail')}
            autoComplete="email"
            errors={f.contactEmail}
          />
        </div>
      </fieldset>

      {reverify ? (
        <p className="notice notice--warning" role="note" data-testid="reverify-note">
          您修改了企业名称、所在地区、所属行业或成立日期，保存后企业需重新经平台审核认证。
        </p>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary button--large" disabled={loading}>
          {loading ? (editing ? '正在保存…' : '正在提交…') : editing ? '保存企业信息' : '提交企业信息'}
        </button>
        <Link to="/enterprise" className="button button--ghost">
          取消
        </Link>
      </div>
    </form>
  );
}

export function EnterpriseRegisterPage() {
  usePageTitle('企业注册');
  const { data, loading, error, refetch } = useQuery(ViewerQuery);

  let body;
  if (loading && !data) body = <Loading />;
  else if (error && !data) body = <ErrorState message={describeRequestError(error)} onRetry={() => void refetch()} />;
  else if (!data?.me) {
    body = (
      <EmptyState title="请先登录">
        <p>登记企业需要先登录平台账号。</p>
        <div className="state__actions">
          <Link to="/login?next=/enterprise/register" className="button button--primary">
            登录
          </Link>
          <Link to="/register" className="button button--secondary">
            注册账号
          </Link>
        </div>
      </EmptyState>
    );
  } else if (data.me.enterprise) {
    body = (
      <EmptyState title={`您已登记企业「${data.me.enterprise.name}」`}>
        <p>每个账号只能属于一家企业。</p>
        <Link to="/enterprise" className="button button--primary">
          查看我的企业
        </Link>
      </EmptyState>
    );
  } else body = <EnterpriseForm mode="register" accountId={data.me.id} />;

  return (
    <div className="container page">
      <h1>企业注册</h1>
      <p className="page__lead">登记企业信息，经平台运营人员审核认证后即可申请各类公共服务。</p>
      {body}
    </div>
  );
}

const MyEnterpriseForEditQuery = graphql(`
  query MyEnterpriseForEdit {
    me {
      id
      enterpriseRole
      enterprise {
        ...EnterpriseDetail
      }
    }
  }
`);

/** The owner edits the enterprise profile (members see it read-only on /enterprise). */
export function EnterpriseEditPage() {
  usePageTitle('编辑企业信息');
  const { data, loading, error, refetch } = useQuery(MyEnterpriseForEditQuery, { fetchPolicy: 'network-only' });

  let body;
  if (loading && !data) body = <Loading />;
  else if (error && !data) body = <ErrorState message={describeRequestError(error)} onRetry={() => void refetch()} />;
  else if (!data?.me) {
    body = (
      <EmptyState title="请先登录">
        <Link to="/login?next=/enterprise/edit" className="button button--primary">
          登录
        </Link>
      </EmptyState>
    );
  } else if (!data.me.enterprise) {
    body = (
      <EmptyState title="您尚未登记企业">
        <Link to="/enterprise/register" className="button button--primary">
          登记企业
        </Link>
      </EmptyState>
    );
  } else if (data.me.enterpriseRole !== 'OWNER') {
    body = (
      <EmptyState title="只有企业所有者可以修改企业信息">
        <p>如需修改，请联系企业所有者。</p>
        <Link to="/enterprise" className="button button--primary">
          返回我的企业
        </Link>
      </EmptyState>
    );
  } else body = <EnterpriseForm mode="edit" enterprise={data.me.enterprise} />;

  return (
    <div className="container page">
      <h1>编辑企业信息</h1>
      <p className="page__lead">企业规模随经营数据自动重新计算；修改名称、地区、行业或成立日期需重新审核。</p>
      {body}
    </div>
  );
}
