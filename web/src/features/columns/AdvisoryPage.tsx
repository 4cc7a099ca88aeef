import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormAlert, SelectField } from '../../components/forms.js';
import { Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { ServiceCategory } from '../../gql/graphql.js';
import { REGION_GROUPS, type OptionGroup } from '../../lib/codes.js';
import { usePageTitle } from '../../lib/page.js';
import { navigate } from '../../lib/router.js';
import { ViewerQuery } from '../../lib/viewer.js';
import { Catalogue, ColumnServices, ColumnTabs, MyNeeds, ProfileSummary, Section, SignInNotice, useFormErrors, useHashScroll } from './shared.js';

const DiagnosisSubmitMutation = graphql(`
  mutation DiagnosisRequestSubmit($input: DiagnosisRequestSubmitInput!) {
    diagnosisRequestSubmit(input: $input) {
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

const CategoriesQuery = graphql(`
  query AdvisoryCategories {
    technology: serviceCatalogue(column: TECHNOLOGY) {
      code
      group
      label
    }
    consulting: serviceCatalogue(column: CONSULTING) {
      code
      group
      label
    }
  }
`);

const FIELDS = ['category', 'description', 'regionCode', 'onSite'];

/** K1/C1: a technology or consulting (diagnosis) request; the category decides which institutions receive it. */
function DiagnosisForm({ column }: { column: 'TECHNOLOGY' | 'CONSULTING' }) {
  const categories = useQuery(CategoriesQuery);
  const [category, setCategory] = useState('');
  const [description, setDescription] = useState('');
  const [regionCode, setRegionCode] = useState('');
  const [onSite, setOnSite] = useState(false);
  const { form, errors, show, showApi, showRequestError } = useFormErrors(FIELDS);
  const [submitRequest, { loading }] = useMutation(DiagnosisSubmitMutation);

  // This column's categories first, the other column's after (a request may belong there).
  const lists = categories.data
    ? column === 'TECHNOLOGY'
      ? [categories.data.technology, categories.data.consulting]
      : [categories.data.consulting, categories.data.technology]
    : [];
  const groups: OptionGroup[] = [];
  for (const list of lists) {
    for (const c of list) {
      const group = groups.find((g) => g.label === c.group) ?? (groups.push({ label: c.group, options: [] }), groups[groups.length - 1]);
      (group.options as { value: string; label: string }[]).push({ value: c.code, label: c.label });
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!category) return show({ fields: { category: ['请选择服务类别'] }, form: [] });
    try {
      const { data } = await submitRequest({
        variables: { input: { category: category as ServiceCategory, description, regionCode: regionCode || null, onSite } },
        refetchQueries: ['MyColumnNeeds'],
      });
      const payload = data?.diagnosisRequestSubmit;
      if (!payload) return show({ fields: {}, form: ['提交失败，请稍后重试。'] });
      if (payload.errors.length) return showApi(payload.errors);
      navigate(`/my/needs/${encodeURIComponent(payload.need!.id)}?submitted=1`);
    } catch (err) {
      showRequestError(err);
    }
  }

  if (categories.loading && !categories.data) return <Loading />;
  const f = errors.fields;
  return (
    <form ref={form} className="form form--wide panel" onSubmit={submit} noValidate aria-label={column === 'TECHNOLOGY' ? '技术服务需求' : '咨询诊断需求'}>
      <FormAlert messages={errors.form} />
      <ProfileSummary />
      <div className="form-grid">
        <SelectField
          name="category"
          label="服务类别"
          value={category}
          onValueChange={setCategory}
          groups={groups}
          placeholder="请选择"
          required
          errors={f.category}
        />
        <SelectField
          name="regionCode"
          label="所在地区"
          value={regionCode}
          onValueChange={setRegionCode}
          groups={REGION_GROUPS}
          placeholder="同企业所在地"
          errors={f.regionCode}
        />
      </div>
      <div className="field">
        <label htmlFor="diagnosis-description">
          问题描述
          <span className="required" aria-hidden="true">
            *
          </span>
        </label>
        <textarea
          id="diagnosis-description"
          name="description"
          rows={4}
          maxLength={2000}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          aria-invalid={f.description ? true : undefined}
          aria-describedby={f.description ? 'diagnosis-description-error' : 'diagnosis-description-hint'}
        />
        <p id="diagnosis-description-hint" className="hint">
          10–2000字，说明遇到的问题和希望达到的效果
        </p>
        {f.description ? (
          <div id="diagnosis-description-error" className="field-errors">
            {f.description.map((m) => (
              <p key={m} className="field-error" data-testid="error-description">
                {m}
              </p>
            ))}
          </div>
        ) : null}
      </div>
      <label className="checkbox columns-inline">
        <input type="checkbox" checked={onSite} onChange={(e) => setOnSite(e.target.checked)} />
        希望上门诊断
      </label>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? '正在提交…' : '提交需求'}
        </button>
      </div>
    </form>
  );
}

const COPY = {
  TECHNOLOGY: {
    title: '技术服务',
    lead: '科技成果评价、技术转移、知识产权、检验检测、信息化、节能降耗与绿色生产等技术服务。',
    need: '提交技术服务需求',
  },
  CONSULTING: {
    title: '管理咨询',
    lead: '公益性咨询诊断、专业咨询，以及财税、会计、人事代理服务。',
    need: '申请咨询诊断',
  },
} as const;

export function AdvisoryPage({ column }: { column: 'TECHNOLOGY' | 'CONSULTING' }) {
  const copy = COPY[column];
  usePageTitle(copy.title);
  const { data, loading } = useQuery(ViewerQuery);
  const me = data?.me;
  useHashScroll(!loading);
  return (
    <div className="container page">
      <h1>{copy.title}</h1>
      <p className="page__lead">{copy.lead}</p>
      <ColumnTabs
        items={[
          ['catalogue', '服务目录'],
          ['services', '服务产品与活动'],
          ['need', copy.need],
          ['my-needs', '我的需求'],
        ]}
      />
      <Section id="catalogue" title={`${copy.title}目录`}>
        <Catalogue column={column} />
      </Section>
      <Section id="services" title="服务产品与活动">
        <ColumnServices column={column} />
      </Section>
      <Section id="need" title={copy.need} lead="需求按所选类别推送给本地区对应的服务机构，机构须在一个工作日内首次答复。">
        {loading ? <Loading /> : me?.enterprise ? <DiagnosisForm column={column} /> : <SignInNotice signedIn={!!me} what="需求" />}
      </Section>
      {me?.enterprise ? (
        <Section id="my-needs" title="我的需求">
          <MyNeeds column={column} />
        </Section>
      ) : null}
    </div>
  );
}
