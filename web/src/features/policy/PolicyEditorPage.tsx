import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { FormAlert, TextField, focusFirstInvalid } from '../../components/forms.js';
import { ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { PolicyEditorQuery, PolicyFieldsInput, PolicyType, PolicyValidity, ServiceColumn, SizeClass } from '../../gql/graphql.js';
import { COLUMN_LABELS, POLICY_TYPE_LABELS, POLICY_VALIDITY_LABELS, SIZE_CLASS_LABELS } from '../../lib/codes.js';
import { NO_ERRORS, describeRequestError, groupErrors, type FormErrors, type UserError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, navigate } from '../../lib/router.js';
import { AttachmentsPanel } from './AttachmentsPanel.js';
import {
  AdminNav,
  Gate,
  MultiSelect,
  POLICY_INDUSTRY_GROUPS,
  POLICY_REGION_GROUPS,
  POLICY_STATUS_LABELS,
  STATUS_BADGES,
  StaffOnly,
  isEditor,
  isOperator,
  splitList,
} from './common.js';
import { VersionsPanel } from './VersionsPanel.js';

const PolicyEditorQueryDoc = graphql(`
  query PolicyEditor($id: ID!) {
    policy(id: $id) {
      id
      title
      docNo
      departments
      publishedOn
      effectiveFrom
      effectiveTo
      validity
      author
      sourceName
      sourceUrl
      body
      tags
      policyType
      industries
      sizeClasses
      regions
      hotWords
      columns
      featured
      provinceOnly
      status
      reviewComment
      publishedVersion
    }
  }
`);

const ProvinceOnlyMutation = graphql(`
  mutation EditorProvinceOnlySet($input: ProvinceOnlySetInput!) {
    provinceOnlySet(input: $input) {
      id
      provinceOnly
      errors {
        code
        field
        message
      }
    }
  }
`);

const CreateMutation = graphql(`
  mutation EditorPolicyCreate($input: PolicyCreateInput!) {
    policyCreate(input: $input) {
      policy {
        id
        status
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const UpdateMutation = graphql(`
  mutation EditorPolicyUpdate($input: PolicyUpdateInput!) {
    policyUpdate(input: $input) {
      policy {
        id
        status
        body
        updatedAt
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const EditorTransitionFragmentDoc = graphql(`
  fragment EditorTransition on PolicyPayload {
    policy {
      id
      status
      reviewComment
      publishedVersion
      updatedAt
    }
    errors {
      code
      field
      message
    }
  }
`);

const SubmitMutation = graphql(`
  mutation EditorPolicySubmit($input: PolicyTransitionInput!) {
    policySubmit(input: $input) {
      ...EditorTransition
    }
  }
`);
const PublishMutation = graphql(`
  mutation EditorPolicyPublish($input: PolicyTransitionInput!) {
    policyPublish(input: $input) {
      ...EditorTransition
    }
  }
`);
const ReviseMutation = graphql(`
  mutation EditorPolicyRevise($input: PolicyTransitionInput!) {
    policyRevise(input: $input) {
      ...EditorTransition
    }
  }
`);

const ExpireMutation = graphql(`
  mutation EditorPolicyExpire($input: PolicyTransitionInput!) {
    policyExpire(input: $input) {
      ...EditorTransition
    }
  }
`);
const WithdrawMutation = graphql(`
  mutation EditorPolicyWithdraw($input: PolicyTransitionInput!) {
    policyWithdraw(input: $input) {
      ...EditorTransition
    }
  }
`);

type Loaded = NonNullable<PolicyEditorQuery['policy']>;

interface Draft {
  title: string;
  docNo: string;
  departments: string;
  publishedOn: string;
  effectiveFrom: string;
  effectiveTo: string;
  validity: PolicyValidity;
  author: string;
  sourceName: string;
  sourceUrl: string;
  tags: string;
  policyType: PolicyType | '';
  industries: string[];
  sizeClasses: SizeClass[];
  regions: string[];
  hotWords: string;
  columns: ServiceColumn[];
  featured: boolean;
}

const EMPTY: Draft = {
  title: '',
  docNo: '',
  departments: '',
  publishedOn: '',
  effectiveFrom: '',
  effectiveTo: '',
  validity: 'IN_FORCE',
  author: '',
  sourceName: '',
  sourceUrl: '',
  tags: '',
  policyType: '',
  industries: [],
  sizeClasses: [],
  regions: [],
  hotWords: '',
  columns: ['POLICY'],
  featured: false,
};

const FIELD_NAMES = [
  'title',
  'docNo',
  'departments',
  'publishedOn',
  'effectiveFrom',
  'effectiveTo',
  'validity',
  'author',
  'sourceName',
  'sourceUrl',
  'body',
  'tags',
  'policyType',
  'industries',
  'sizeClasses',
  'regions',
  'hotWords',
  'columns',
  'featured',
];
const EDITABLE = ['COLLECTED', 'DRAFT', 'RETURNED'];

function toDraft(p: Loaded): Draft {
  return {
    title: p.title,
    docNo: p.docNo ?? '',
    departments: p.departments.join('、'),
    publishedOn: p.publishedOn ?? '',
    effectiveFrom: p.effectiveFrom ?? '',
    effectiveTo: p.effectiveTo ?? '',
    validity: p.validity,
    author: p.author ?? '',
    sourceName: p.sourceName ?? '',
    sourceUrl: p.sourceUrl ?? '',
    tags: p.tags.join('、'),
    policyType: p.policyType,
    industries: [...p.industries],
    sizeClasses: [...p.sizeClasses],
    regions: [...p.regions],
    hotWords: p.hotWords.join('、'),
    columns: [...p.columns],
    featured: p.featured,
  };
}

function toFields(d: Draft, body: string): PolicyFieldsInput {
  const opt = (s: string) => s.trim() || null;
  return {
    title: d.title.trim(),
    docNo: opt(d.docNo),
    departments: splitList(d.departments),
    publishedOn: opt(d.publishedOn),
    effectiveFrom: opt(d.effectiveFrom),
    effectiveTo: opt(d.effectiveTo),
    validity: d.validity,
    author: opt(d.author),
    sourceName: opt(d.sourceName),
    sourceUrl: opt(d.sourceUrl),
    body,
    tags: splitList(d.tags),
    policyType: d.policyType as PolicyType,
    industries: d.industries,
    sizeClasses: d.sizeClasses,
    regions: d.regions,
    hotWords: splitList(d.hotWords),
    columns: d.columns,
    featured: d.featured,
  };
}

/** Errors come back as `fields.title`; the form's fields are named `title`. */
function fieldErrors(errors: readonly UserError[]): FormErrors {
  return groupErrors(
    errors.map((e) => ({ ...e, field: e.field?.replace(/^fields\./, '') ?? null })),
    FIELD_NAMES,
  );
}

const BLOCKS: [string, string][] = [
  ['p', '正文段落'],
  ['h2', '一级标题'],
  ['h3', '二级标题'],
];

/** Rich-text body: a contentEditable area with a small toolbar; the server sanitises and normalises whatever is pasted in. */
function BodyEditor({
  initial,
  editorRef,
  disabled,
  errors,
}: {
  initial: string;
  editorRef: React.RefObject<HTMLDivElement | null>;
  disabled: boolean;
  errors?: readonly string[];
}) {
  useEffect(() => {
    if (editorRef.current) editorRef.current.innerHTML = initial;
  }, [initial, editorRef]);
  const command = (name: string, value?: string) => {
    editorRef.current?.focus();
    document.execCommand(name, false, value);
  };
  return (
    <div className={`field policy-editor__body${errors?.length ? ' field--invalid' : ''}`}>
      <span id="policy-body-label" className="field__label">
        正文
        <span className="required" aria-hidden="true">
          *
        </span>
      </span>
      {disabled ? null : (
        <div className="rich-toolbar" role="toolbar" aria-label="正文格式">
          {BLOCKS.map(([tag, label]) => (
            <button
              key={tag}
              type="button"
              className="button button--ghost"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => command('formatBlock', tag)}
            >
              {label}
            </button>
          ))}
          <button type="button" className="button button--ghost" onMouseDown={(e) => e.preventDefault()} onClick={() => command('bold')}>
            加粗
          </button>
          <button type="button" className="button button--ghost" onMouseDown={(e) => e.preventDefault()} onClick={() => command('insertUnorderedList')}>
            列表
          </button>
          <button type="button" className="button button--ghost" onMouseDown={(e) => e.preventDefault()} onClick={() => command('insertOrderedList')}>
            编号
          </button>
        </div>
      )}
      <div
        ref={editorRef}
        className="policy-body rich-editor"
        data-testid="policy-body-editor"
        role="textbox"
        aria-multiline="true"
        aria-labelledby="policy-body-label"
        aria-invalid={errors?.length ? true : undefined}
        contentEditable={!disabled}
        suppressContentEditableWarning
      />
      <p className="hint">可直接粘贴 Word 或网页内容，保存时统一为平台排版（字号、行距、标题层级），并清除脚本和样式。</p>
      {errors?.map((m, i) => (
        <p key={i} className="field-error" data-testid="error-body">
          {m}
        </p>
      ))}
    </div>
  );
}

/** `notice` lives with the caller: the form is remounted when the status changes, the message must survive that. */
function PolicyForm({ loaded, notice, setNotice }: { loaded: Loaded | null; notice: string; setNotice: (message: string) => void }) {
  const [draft, setDraft] = useState<Draft>(loaded ? toDraft(loaded) : EMPTY);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [note, setNote] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const [create, { loading: creating }] = useMutation(CreateMutation);
  const [update, { loading: updating }] = useMutation(UpdateMutation);
  const [submitFor, { loading: submitting }] = useMutation(SubmitMutation);
  const [publish, { loading: publishing }] = useMutation(PublishMutation, { refetchQueries: ['PolicyVersions'] });
  const [revise, { loading: revising }] = useMutation(ReviseMutation);
  const [expire, { loading: expiring }] = useMutation(ExpireMutation);
  const [withdraw, { loading: withdrawing }] = useMutation(WithdrawMutation);
  const [confirming, setConfirming] = useState<'expire' | 'withdraw' | null>(null);
  const busy = creating || updating || submitting || publishing || revising || expiring || withdrawing;
  const status = loaded?.status ?? 'DRAFT';
  const editable = !loaded || EDITABLE.includes(status);

  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const toggle = <K extends 'sizeClasses' | 'columns'>(key: K, value: Draft[K][number], on: boolean) =>
    setDraft((d) => ({ ...d, [key]: on ? [...d[key], value] : (d[key] as string[]).filter((x) => x !== value) }));

  function show(e: FormErrors) {
    setNotice('');
    flushSync(() => setErrors(e));
    focusFirstInvalid(form.current);
  }

  /** Saves the form; returns the policy id, or null when refused (errors shown). */
  async function save(): Promise<string | null> {
    if (!draft.title.trim()) return (show({ fields: { title: ['请填写标题'] }, form: [] }), null);
    if (!draft.policyType) return (show({ fields: { policyType: ['请选择政策类型'] }, form: [] }), null);
    const fields = toFields(draft, body.current?.innerHTML ?? '');
    if (!loaded) {
      const payload = (await create({ variables: { input: { fields } } })).data?.policyCreate;
      if (!payload?.policy) return (show(payload ? fieldErrors(payload.errors) : { fields: {}, form: ['保存失败，请稍后重试。'] }), null);
      return payload.policy.id;
    }
    const payload = (await update({ variables: { input: { policyId: loaded.id, fields } } })).data?.policyUpdate;
    if (!payload?.policy) return (show(payload ? fieldErrors(payload.errors) : { fields: {}, form: ['保存失败，请稍后重试。'] }), null);
    // Show the body as stored: sanitised and normalised.
    if (body.current) body.current.innerHTML = payload.policy.body;
    return payload.policy.id;
  }

  async function run(task: () => Promise<void>) {
    try {
      await task();
    } catch (err) {
      show({ fields: {}, form: [describeRequestError(err)] });
    }
  }

  const onSave = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const id = await save();
      if (!id) return;
      setErrors(NO_ERRORS);
      if (!loaded) navigate(`/admin/policies/${encodeURIComponent(id)}/edit`, { replace: true });
      else setNotice('已保存');
    });
  };

  type Transition = (options: { variables: { input: { policyId: string; note: string | null } } }) => Promise<{ data?: unknown }>;
  const transition = (
    mutate: Transition,
    key: 'policySubmit' | 'policyPublish' | 'policyRevise' | 'policyExpire' | 'policyWithdraw',
    done: string,
    saveFirst: boolean,
  ) =>
    run(async () => {
      const id = saveFirst ? await save() : loaded!.id;
      if (!id) return;
      const { data } = await mutate({ variables: { input: { policyId: id, note: note.trim() || null } } });
      const payload = (data as Record<string, { errors: UserError[] } | undefined> | undefined)?.[key];
      if (!payload) return show({ fields: {}, form: ['操作失败，请稍后重试。'] });
      if (payload.errors.length) return show(fieldErrors(payload.errors));
      setErrors(NO_ERRORS);
      setNote('');
      setNotice(done);
    });

  const f = errors.fields;
  return (
    <form ref={form} className="form form--wide" onSubmit={onSave} noValidate aria-label="政策编辑">
      {loaded ? (
        <p className="policy-item__meta">
          <span className={`badge badge--${STATUS_BADGES[status]}`} data-testid="editor-status">
            {POLICY_STATUS_LABELS[status]}
          </span>
          {loaded.publishedVersion ? <span>已发布第 {loaded.publishedVersion} 版</span> : null}
          <Link to={`/admin/policies/${encodeURIComponent(loaded.id)}/conditions`}>拆解申报条件</Link>
          {loaded.publishedVersion ? <Link to={`/policy/${encodeURIComponent(loaded.id)}`}>查看公开页面</Link> : null}
        </p>
      ) : null}
      {loaded?.status === 'RETURNED' && loaded.reviewComment ? (
        <div className="notice notice--error" data-testid="review-comment">
          审核退回意见：{loaded.reviewComment}
        </div>
      ) : null}
      {!editable ? (
        <p className="notice">
          {status === 'SUBMITTED'
            ? '已提交审核，审核结束前不能修改。'
            : status === 'APPROVED'
              ? '已审核通过，可以发布。'
              : status === 'PUBLISHED'
                ? '已发布的版本不可修改；如需修改请发起修订，修订稿发布后成为新版本。'
                : '当前状态不能编辑。'}
        </p>
      ) : null}
      {notice ? (
        <p className="notice" role="status" data-testid="editor-notice">
          {notice}
        </p>
      ) : null}
      <FormAlert messages={errors.form} />
      <fieldset className="form-section" disabled={!editable}>
        <legend>基本信息</legend>
        <div className="form-grid">
          <TextField
            name="title"
            label="标题"
            value={draft.title}
            onValueChange={set('title')}
            required
            maxLength={200}
            errors={f.title}
            className="field--wide"
          />
          <TextField name="docNo" label="文号" value={draft.docNo} onValueChange={set('docNo')} maxLength={100} hint="如 皖政办〔2026〕12号" errors={f.docNo} />
          <TextField
            name="departments"
            label="发文部门"
            value={draft.departments}
            onValueChange={set('departments')}
            required
            hint="多个部门用顿号分隔，按文件署名顺序"
            errors={f.departments}
          />
          <div className={`field${f.policyType ? ' field--invalid' : ''}`}>
            <label htmlFor="pe-type">
              政策类型
              <span className="required" aria-hidden="true">
                *
              </span>
            </label>
            <select
              id="pe-type"
              name="policyType"
              value={draft.policyType}
              onChange={(e) => set('policyType')(e.target.value)}
              aria-invalid={f.policyType ? true : undefined}
            >
              <option value="">请选择</option>
              {Object.entries(POLICY_TYPE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            {f.policyType?.map((m, i) => (
              <p key={i} className="field-error" data-testid="error-policyType">
                {m}
              </p>
            ))}
          </div>
          <div className="field">
            <label htmlFor="pe-validity">效力状态</label>
            <select id="pe-validity" name="validity" value={draft.validity} onChange={(e) => set('validity')(e.target.value)}>
              {Object.entries(POLICY_VALIDITY_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <TextField name="publishedOn" label="发布日期" type="date" value={draft.publishedOn} onValueChange={set('publishedOn')} errors={f.publishedOn} />
          <TextField
            name="effectiveFrom"
            label="生效日期"
            type="date"
            value={draft.effectiveFrom}
            onValueChange={set('effectiveFrom')}
            errors={f.effectiveFrom}
          />
          <TextField name="effectiveTo" label="失效日期" type="date" value={draft.effectiveTo} onValueChange={set('effectiveTo')} errors={f.effectiveTo} />
          <TextField name="author" label="作者" value={draft.author} onValueChange={set('author')} maxLength={100} errors={f.author} />
          <TextField
            name="sourceName"
            label="来源名称"
            value={draft.sourceName}
            onValueChange={set('sourceName')}
            maxLength={100}
            hint="如 安徽省人民政府网"
            errors={f.sourceName}
          />
          <TextField
            name="sourceUrl"
            label="来源网址"
            type="url"
            value={draft.sourceUrl}
            onValueChange={set('sourceUrl')}
            maxLength={500}
            errors={f.sourceUrl}
          />
        </div>
      </fieldset>
      <BodyEditor initial={loaded?.body ?? ''} editorRef={body} disabled={!editable} errors={f.body} />
      <fieldset className="form-section" disabled={!editable}>
        <legend>分类与适用范围</legend>
        <div className="form-grid">
          <TextField name="tags" label="标签" value={draft.tags} onValueChange={set('tags')} hint="用顿号分隔" errors={f.tags} />
          <TextField name="hotWords" label="热词" value={draft.hotWords} onValueChange={set('hotWords')} hint="用顿号分隔" errors={f.hotWords} />
          <MultiSelect
            name="industries"
            label="适用行业"
            groups={POLICY_INDUSTRY_GROUPS}
            value={draft.industries}
            onChange={(v) => setDraft((d) => ({ ...d, industries: v }))}
            hint="不选表示不限行业"
            errors={f.industries}
          />
          <MultiSelect
            name="regions"
            label="适用地区"
            groups={POLICY_REGION_GROUPS}
            value={draft.regions}
            onChange={(v) => setDraft((d) => ({ ...d, regions: v }))}
            hint="不选表示全国适用"
            errors={f.regions}
          />
        </div>
        <fieldset className="form-section">
          <legend>
            企业规模<span className="optional">（不选表示不限）</span>
          </legend>
          <div className="checkbox-grid">
            {(Object.entries(SIZE_CLASS_LABELS) as [SizeClass, string][]).map(([value, label]) => (
              <label key={value} className="checkbox">
                <input
                  type="checkbox"
                  name="sizeClasses"
                  value={value}
                  checked={draft.sizeClasses.includes(value)}
                  onChange={(e) => toggle('sizeClasses', value, e.target.checked)}
                />
                <span>{label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>所属栏目</legend>
          <div className="checkbox-grid">
            {(Object.entries(COLUMN_LABELS) as [ServiceColumn, string][]).map(([value, label]) => (
              <label key={value} className="checkbox">
                <input
                  type="checkbox"
                  name="columns"
                  value={value}
                  checked={draft.columns.includes(value)}
                  onChange={(e) => toggle('columns', value, e.target.checked)}
                />
                <span>{label}</span>
              </label>
            ))}
            <label className="checkbox">
              <input type="checkbox" name="featured" checked={draft.featured} onChange={(e) => setDraft((d) => ({ ...d, featured: e.target.checked }))} />
              <span>政策精选</span>
            </label>
          </div>
        </fieldset>
      </fieldset>
      {editable || status === 'APPROVED' ? (
        <TextField name="note" label={status === 'APPROVED' ? '修订说明（发布时记入版本）' : '提交说明'} value={note} onValueChange={setNote} maxLength={500} />
      ) : null}
      <div className="form__actions">
        {editable ? (
          <>
            <button type="submit" className="button button--secondary" disabled={busy}>
              {loaded ? '保存' : '保存草稿'}
            </button>
            {loaded ? (
              <button
                type="button"
                className="button button--primary"
                disabled={busy}
                onClick={() => void transition(submitFor, 'policySubmit', '已提交审核', true)}
              >
                保存并提交审核
              </button>
            ) : null}
          </>
        ) : null}
        {status === 'APPROVED' ? (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void transition(publish, 'policyPublish', '已发布，新版本已生成', false)}
          >
            发布
          </button>
        ) : null}
        {status === 'PUBLISHED' ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void transition(revise, 'policyRevise', '已发起修订，修改后提交审核', false)}
          >
            发起修订
          </button>
        ) : null}
        {status === 'PUBLISHED' && !confirming ? (
          <button type="button" className="button button--ghost" disabled={busy} onClick={() => setConfirming('expire')}>
            标记为过期
          </button>
        ) : null}
        {loaded && status !== 'WITHDRAWN' && !confirming ? (
          <button type="button" className="button button--ghost" disabled={busy} onClick={() => setConfirming('withdraw')}>
            撤回
          </button>
        ) : null}
        {confirming ? (
          <span className="policy-confirm" role="group" aria-label="确认操作">
            <span>{confirming === 'expire' ? '过期后政策仍可查阅，但不再参与匹配和推送。' : '撤回后公众不可见，且不能再修改。'}</span>
            <button
              type="button"
              className="button button--accent"
              disabled={busy}
              onClick={() => {
                setConfirming(null);
                void (confirming === 'expire'
                  ? transition(expire, 'policyExpire', '已标记为过期', false)
                  : transition(withdraw, 'policyWithdraw', '已撤回', false));
              }}
            >
              {confirming === 'expire' ? '确认过期' : '确认撤回'}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setConfirming(null)}>
              取消
            </button>
          </span>
        ) : null}
      </div>
    </form>
  );
}

function EditExisting({ id, canEdit }: { id: string; canEdit: boolean }) {
  const [notice, setNotice] = useState('');
  const { data, loading, error, refetch } = useQuery(PolicyEditorQueryDoc, { variables: { id }, fetchPolicy: 'network-only' });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState message={`政策加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  const policy = data?.policy;
  if (!policy) return <ErrorState message="政策不存在或无权查看。" />;
  return (
    <>
      <h2 className="visually-hidden">编辑</h2>
      {/* key: a fresh form after every status change (the fields become editable or read-only) */}
      <PolicyForm key={policy.status} loaded={policy} notice={notice} setNotice={setNotice} />
      {canEdit && <ProvinceOnlyToggle policyId={policy.id} value={policy.provinceOnly} />}
      <AttachmentsPanel policyId={policy.id} editable={canEdit} />
      <VersionsPanel policyId={policy.id} />
    </>
  );
}

/** 仅省级 (B1): city sites inherit the province's policies unless this is set; it takes effect at once (audited). */
function ProvinceOnlyToggle({ policyId, value }: { policyId: string; value: boolean }) {
  const [checked, setChecked] = useState(value);
  const [message, setMessage] = useState('');
  const [mutate, { loading }] = useMutation(ProvinceOnlyMutation);
  const change = async (next: boolean) => {
    setMessage('');
    try {
      const payload = (await mutate({ variables: { input: { id: policyId, provinceOnly: next } } })).data?.provinceOnlySet;
      if (payload?.errors.length) setMessage(payload.errors[0]!.message);
      else {
        setChecked(next);
        setMessage(next ? '已设为仅省级：下级城市站点不再显示此政策。' : '已取消仅省级：下级城市站点同时显示此政策。');
      }
    } catch (err) {
      setMessage(`设置失败。${describeRequestError(err)}`);
    }
  };
  return (
    <fieldset className="form-section">
      <legend>站点范围</legend>
      <label className="checkbox">
        <input type="checkbox" name="provinceOnly" checked={checked} disabled={loading} onChange={(e) => void change(e.target.checked)} />
        <span>仅省级（合肥、芜湖等城市站点不显示）</span>
      </label>
      {message && <p role="status">{message}</p>}
    </fieldset>
  );
}

function NewPolicy() {
  const [notice, setNotice] = useState('');
  return <PolicyForm loaded={null} notice={notice} setNotice={setNotice} />;
}

/** The operator's editor (P3, I1): create or edit a draft, submit it, publish an approved one, revise a published one, versions with a readable diff. */
export function PolicyEditorPage({ id }: { id: string | null }) {
  usePageTitle(id ? '编辑政策' : '新建政策');
  const next = id ? `/admin/policies/${encodeURIComponent(id)}/edit` : '/admin/policies/new';
  return (
    <div className="container page">
      <h1>{id ? '编辑政策' : '新建政策'}</h1>
      <Gate next={next} allowed={isEditor} refusal={<StaffOnly />}>
        {(me) => (
          <>
            <AdminNav />
            {!isOperator(me) ? <p className="notice">审核人仅可查看；编辑与发布由平台运营人员操作。</p> : null}
            {id ? <EditExisting key={id} id={id} canEdit={isOperator(me)} /> : <NewPolicy />}
          </>
        )}
      </Gate>
    </div>
  );
}
