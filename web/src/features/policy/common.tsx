import { useId } from 'react';
import { EmptyState } from '../../components/status.js';
import type { ConditionField, ConditionOperator, NotificationReason, PolicyStatus } from '../../gql/graphql.js';
import { INDUSTRY_GROUPS, inOrder, REGION_GROUPS, type OptionGroup } from '../../lib/codes.js';
import { Link } from '../../lib/router.js';
import './policy.css';
import { ConditionFieldLabel, ConditionOperatorLabel, NotificationReasonLabel, PolicyStatusLabel } from '../../gql/labels.js';

export const POLICY_STATUS_LABELS: Readonly<Record<PolicyStatus, string>> = inOrder(PolicyStatusLabel, [
  'COLLECTED',
  'DRAFT',
  'SUBMITTED',
  'APPROVED',
  'RETURNED',
  'PUBLISHED',
  'EXPIRED',
  'WITHDRAWN',
]);

export const STATUS_BADGES: Readonly<Record<PolicyStatus, string>> = {
  COLLECTED: 'pending',
  DRAFT: 'pending',
  SUBMITTED: 'pending',
  APPROVED: 'verified',
  RETURNED: 'rejected',
  PUBLISHED: 'verified',
  EXPIRED: 'rejected',
  WITHDRAWN: 'rejected',
};

export const REASON_LABELS: Readonly<Record<NotificationReason, string>> = inOrder(NotificationReasonLabel, [
  'SUBSCRIPTION',
  'ELIGIBLE',
  'SUBSCRIPTION_AND_ELIGIBLE',
]);

export const CONDITION_FIELD_LABELS: Readonly<Record<ConditionField, string>> = inOrder(ConditionFieldLabel, [
  'REGION',
  'INDUSTRY',
  'SIZE_CLASS',
  'AGE_YEARS',
  'EMPLOYEES',
  'REVENUE',
  'TOTAL_ASSETS',
  'RD_RATIO',
  'QUALIFICATION',
  'QUALIFICATION_COUNT',
  'CREDIT_RATING',
  'MANUAL',
]);

export const OPERATOR_LABELS: Readonly<Record<ConditionOperator, string>> = inOrder(ConditionOperatorLabel, [
  'IN',
  'NOT_IN',
  'HAS',
  'GTE',
  'LTE',
  'BETWEEN',
  'CHECK',
]);

/** Regions a policy or subscription can name: the province as a whole, then the registration list. */
export const POLICY_REGION_GROUPS: readonly OptionGroup[] = [{ label: '全省', options: [{ value: '340000', label: '安徽省（全省）' }] }, ...REGION_GROUPS];

/** Industries: whole sections by letter, then the common divisions. */
export const POLICY_INDUSTRY_GROUPS: readonly OptionGroup[] = [
  {
    label: '门类',
    options: [
      { value: 'C', label: 'C 制造业' },
      { value: 'I', label: 'I 信息传输、软件和信息技术服务业' },
      { value: 'M', label: 'M 科学研究和技术服务业' },
      { value: 'F', label: 'F 批发和零售业' },
    ],
  },
  ...INDUSTRY_GROUPS,
];

const CODE_LABELS = new Map([...POLICY_REGION_GROUPS, ...POLICY_INDUSTRY_GROUPS].flatMap((g) => g.options.map((o) => [o.value, o.label] as const)));
export const codeLabel = (code: string) => CODE_LABELS.get(code) ?? code;

/** "a、b, c d" → ['a', 'b', 'c', 'd']: list inputs accept the separators people type. */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;；\s]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** A multiple select over option groups (regions, industries). */
export function MultiSelect({
  name,
  label,
  groups,
  value,
  onChange,
  hint,
  errors,
}: {
  name: string;
  label: string;
  groups: readonly OptionGroup[];
  value: readonly string[];
  onChange: (values: string[]) => void;
  hint?: string;
  errors?: readonly string[];
}) {
  const id = `ms-${name}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <div className={`field${errors?.length ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        <span className="optional">（选填，可多选）</span>
      </label>
      <select
        id={id}
        name={name}
        multiple
        size={6}
        value={[...value]}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}
      >
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {errors?.map((m, i) => (
        <p key={i} className="field-error" data-testid={`error-${name}`}>
          {m}
        </p>
      ))}
    </div>
  );
}

export { Gate, isEditor, isOperator } from '../../components/gate.js';

export function NoEnterprise() {
  return (
    <EmptyState title="您尚未登记企业">
      <p>登记企业后即可订阅政策、接收推送。</p>
      <Link to="/enterprise/register" className="button button--primary">
        登记企业
      </Link>
    </EmptyState>
  );
}

export function StaffOnly() {
  return (
    <EmptyState title="无权访问">
      <p>此页面仅限平台运营人员和审核人使用。</p>
    </EmptyState>
  );
}

/** Tabs of the operator's policy area. */
export function AdminNav() {
  return (
    <nav className="policy-admin-nav" aria-label="政策管理">
      <Link to="/admin/policies" activeMatch="exact">
        政策库
      </Link>
      <Link to="/admin/policies/review" activeMatch="exact">
        审核队列
      </Link>
      <Link to="/admin/policies/new" activeMatch="exact">
        新建政策
      </Link>
    </nav>
  );
}
