import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormAlert, SelectField, TextField } from '../../components/forms.js';
import { Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { ServiceCategory } from '../../gql/graphql.js';
import { REGION_GROUPS } from '../../lib/codes.js';
import { usePageTitle } from '../../lib/page.js';
import { navigate } from '../../lib/router.js';
import { ViewerQuery } from '../../lib/viewer.js';
import { Catalogue, ColumnServices, ColumnTabs, MyNeeds, ProfileSummary, Section, SignInNotice, useFormErrors, useHashScroll } from './shared.js';

const TalentNeedSubmitMutation = graphql(`
  mutation TalentNeedSubmit($input: TalentNeedSubmitInput!) {
    talentNeedSubmit(input: $input) {
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

const TALENT_SERVICES: readonly { value: ServiceCategory; label: string }[] = [
  { value: 'RECRUITMENT', label: '招聘对接' },
  { value: 'SKILLS_TRAINING', label: '专业技术与技能培训' },
  { value: 'MANAGEMENT_TRAINING', label: '经营管理培训' },
  { value: 'JOB_AGENCY_DISPATCH', label: '职业中介与劳务派遣' },
  { value: 'HR_AGENCY_CONSULTING', label: '人事代理与咨询' },
];

interface Position {
  title: string;
  headcount: string;
  skills: string;
  salaryMin: string;
  salaryMax: string;
}
const NEW_POSITION: Position = { title: '', headcount: '', skills: '', salaryMin: '', salaryMax: '' };
const POSITION_KEYS = ['title', 'headcount', 'skills', 'salaryMin', 'salaryMax'] as const;

const optionalInt = (s: string) => (s.trim() ? Number(s) : null);

/** T3: positions, headcount, skills, salary, location and deadline; routed to TALENT institutions of the work location. */
function TalentNeedForm() {
  const [positions, setPositions] = useState<Position[]>([{ ...NEW_POSITION }]);
  const [deadline, setDeadline] = useState('');
  const [regionCode, setRegionCode] = useState('');
  const [services, setServices] = useState<ServiceCategory[]>(['RECRUITMENT']);
  const [description, setDescription] = useState('');
  const fields = [
    'positions',
    'deadline',
    'regionCode',
    'services',
    'description',
    ...positions.flatMap((_, i) => POSITION_KEYS.map((k) => `positions.${i}.${k}`)),
  ];
  const { form, errors, show, showApi, showRequestError } = useFormErrors(fields);
  const [submitNeed, { loading }] = useMutation(TalentNeedSubmitMutation);
  const setPos = (i: number, k: keyof Position) => (v: string) => setPositions((ps) => ps.map((p, j) => (j === i ? { ...p, [k]: v } : p)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    positions.forEach((p, i) => {
      if (!/^\d{1,6}$/.test(p.headcount.trim())) local[`positions.${i}.headcount`] = ['请填写招聘人数（整数）'];
      for (const k of ['salaryMin', 'salaryMax'] as const)
        if (p[k].trim() && !/^\d{1,9}$/.test(p[k].trim())) local[`positions.${i}.${k}`] = ['请填写整数（元/月）'];
    });
    if (Object.keys(local).length) return show({ fields: local, form: [] });
    try {
      const { data } = await submitNeed({
        variables: {
          input: {
            positions: positions.map((p) => ({
              title: p.title,
              headcount: Number(p.headcount),
              skills: p.skills
                .split(/[,，、;；\s]+/)
                .map((s) => s.trim())
                .filter(Boolean),
              salaryMin: optionalInt(p.salaryMin),
              salaryMax: optionalInt(p.salaryMax),
            })),
            deadline,
            regionCode: regionCode || null,
            services,
            description: description.trim() || null,
          },
        },
        refetchQueries: ['MyColumnNeeds'],
      });
      const payload = data?.talentNeedSubmit;
      if (!payload) return show({ fields: {}, form: ['提交失败，请稍后重试。'] });
      if (payload.errors.length) return showApi(payload.errors);
      navigate(`/my/needs/${encodeURIComponent(payload.need!.id)}?submitted=1`);
    } catch (err) {
      showRequestError(err);
    }
  }

  const f = errors.fields;
  return (
    <form ref={form} className="form form--wide panel" onSubmit={submit} noValidate aria-label="人才需求">
      <FormAlert messages={[...errors.form, ...(f.positions ?? [])]} />
      <ProfileSummary />
      {positions.map((p, i) => (
        <fieldset key={i} className="form-section">
          <legend>岗位 {i + 1}</legend>
          <div className="form-grid">
            <TextField
              name={`positions.${i}.title`}
              label="岗位名称"
              value={p.title}
              onValueChange={setPos(i, 'title')}
              required
              errors={f[`positions.${i}.title`]}
            />
            <TextField
              name={`positions.${i}.headcount`}
              label="招聘人数"
              inputMode="numeric"
              value={p.headcount}
              onValueChange={setPos(i, 'headcount')}
              required
              errors={f[`positions.${i}.headcount`]}
            />
            <TextField
              name={`positions.${i}.skills`}
              label="技能要求"
              value={p.skills}
              onValueChange={setPos(i, 'skills')}
              hint="多项用顿号或逗号分隔，最多10项"
              errors={f[`positions.${i}.skills`]}
            />
            <TextField
              name={`positions.${i}.salaryMin`}
              label="最低月薪（元）"
              inputMode="numeric"
              value={p.salaryMin}
              onValueChange={setPos(i, 'salaryMin')}
              errors={f[`positions.${i}.salaryMin`]}
            />
            <TextField
              name={`positions.${i}.salaryMax`}
              label="最高月薪（元）"
              inputMode="numeric"
              value={p.salaryMax}
              onValueChange={setPos(i, 'salaryMax')}
              errors={f[`positions.${i}.salaryMax`]}
            />
          </div>
          {positions.length > 1 ? (
            <button type="button" className="button button--ghost" onClick={() => setPositions((ps) => ps.filter((_, j) => j !== i))}>
              删除岗位 {i + 1}
            </button>
          ) : null}
        </fieldset>
      ))}
      {positions.length < 10 ? (
        <button type="button" className="button button--secondary" onClick={() => setPositions((ps) => [...ps, { ...NEW_POSITION }])}>
          添加岗位
        </button>
      ) : null}
      <div className="form-grid">
        <TextField name="deadline" label="截止日期" type="date" value={deadline} onValueChange={setDeadline} required hint="一年之内" errors={f.deadline} />
        <SelectField
          name="regionCode"
          label="工作地点"
          value={regionCode}
          onValueChange={setRegionCode}
          groups={REGION_GROUPS}
          placeholder="同企业所在地"
          errors={f.regionCode}
        />
      </div>
      <fieldset className="form-section">
        <legend>需要的人才服务</legend>
        <div className="checkbox-grid">
          {TALENT_SERVICES.map((s) => (
            <label key={s.value} className="checkbox">
              <input
                type="checkbox"
                checked={services.includes(s.value)}
                onChange={(e) => setServices((list) => (e.target.checked ? [...list, s.value] : list.filter((x) => x !== s.value)))}
              />
              {s.label}
            </label>
          ))}
        </div>
        {f.services ? (
          <p className="field-error" data-testid="error-services">
            {f.services.join('；')}
          </p>
        ) : null}
      </fieldset>
      <TextField name="description" label="需求说明" value={description} onValueChange={setDescription} maxLength={1000} errors={f.description} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? '正在提交…' : '提交人才需求'}
        </button>
      </div>
    </form>
  );
}

export function TalentPage() {
  usePageTitle('人才服务');
  const { data, loading } = useQuery(ViewerQuery);
  const me = data?.me;
  useHashScroll(!loading);
  return (
    <div className="container page">
      <h1>人才服务</h1>
      <p className="page__lead">培训课程、招聘会、人才招聘和人事代理等人才服务；企业可在线提交用人需求，由工作地的人才服务机构对接。</p>
      <ColumnTabs
        items={[
          ['services', '人才服务信息'],
          ['catalogue', '服务类别'],
          ['need', '提交人才需求'],
          ['my-needs', '我的人才需求'],
        ]}
      />
      <Section id="services" title="人才服务信息" lead="服务机构发布的人才服务产品，以及招聘会、培训等活动。">
        <ColumnServices column="TALENT" />
      </Section>
      <Section id="catalogue" title="人才服务类别">
        <Catalogue column="TALENT" />
      </Section>
      <Section id="need" title="提交人才需求" lead="一次最多10个岗位；人才服务机构须在一个工作日内首次答复。">
        {loading ? <Loading /> : me?.enterprise ? <TalentNeedForm /> : <SignInNotice signedIn={!!me} what="人才需求" />}
      </Section>
      {me?.enterprise ? (
        <Section id="my-needs" title="我的人才需求">
          <MyNeeds column="TALENT" />
        </Section>
      ) : null}
    </div>
  );
}
