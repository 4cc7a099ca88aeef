import { registerEnumType } from 'type-graphql';
import { labelValues } from './labels.js';

/** The six service columns of DB34/T 3727-2020 (A1); search is the seventh column and spans them all. */
export enum ServiceColumn {
  POLICY = 'POLICY',
  FINANCING = 'FINANCING',
  ENTREPRENEURSHIP = 'ENTREPRENEURSHIP',
  TALENT = 'TALENT',
  TECHNOLOGY = 'TECHNOLOGY',
  CONSULTING = 'CONSULTING',
}

/** The standard's own names of the columns; exports, search facets and the web all show these. */
export const SERVICE_COLUMN_LABELS: Readonly<Record<ServiceColumn, string>> = {
  POLICY: '政策服务',
  FINANCING: '融资服务',
  ENTREPRENEURSHIP: '创业服务',
  TALENT: '人才服务',
  TECHNOLOGY: '技术服务',
  CONSULTING: '管理咨询服务',
};

registerEnumType(ServiceColumn, {
  name: 'ServiceColumn',
  description: '服务栏目 / Service column (A1; search is the seventh column and spans them all).',
  valuesConfig: labelValues(SERVICE_COLUMN_LABELS),
});
