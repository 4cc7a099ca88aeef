import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../../common/ids.js';
import { pgArray } from '../../../db/sql.js';
import type { SearchDocument, SearchSource } from '../../search/index.js';
import { PRODUCT_TYPE_LABELS } from './product.types.js';
import { columns } from '../../../db/columns.js';

interface FinancingProductRow {
  id: string;
  siteId: string;
  name: string;
  lender: string;
  productType: string;
  summary: string;
  amountMin: number;
  amountMax: number;
  termMinMonths: number;
  termMaxMonths: number;
  industryCodes: string[];
  regionCodes: string[];
  requiredMaterials: string[];
  institutionName: string | null;
  createdAt: Date;
}

/** Product types as the financing column labels them, for facets and the index. */
const TYPE_LABELS: Record<string, string> = PRODUCT_TYPE_LABELS;

/** Listed financing products are public (F1/B1); they are services an enterprise applies for (service cards). */
const SELECT = `select ${columns('financing_product', {
  alias: 'p',
  only: [
    'id',
    'siteId',
    'name',
    'lender',
    'productType',
    'summary',
    'amountMin',
    'amountMax',
    'termMinMonths',
    'termMaxMonths',
    'industryCodes',
    'regionCodes',
    'requiredMaterials',
    'createdAt',
  ],
  as: { id: '%s::text', siteId: '%s::text', amountMin: '%s::float8', amountMax: '%s::float8' },
})}, i.name as "institutionName"
  from financing_product p left join institution i on i.id = p.institution_id where p.status = 'LISTED'`;

const toDoc = (r: FinancingProductRow): SearchDocument => ({
  kind: 'financingProduct',
  refId: r.id,
  siteId: r.siteId,
  columns: ['FINANCING'],
  type: r.productType,
  department: r.institutionName,
  regions: r.regionCodes,
  industries: r.industryCodes,
  publishedAt: new Date(r.createdAt),
  validTo: null,
  title: r.name,
  body: [
    r.summary,
    `${TYPE_LABELS[r.productType] ?? ''} ${r.lender}`,
    `额度${r.amountMin}–${r.amountMax}万元，期限${r.termMinMonths}–${r.termMaxMonths}个月`,
    r.requiredMaterials.length ? `所需材料：${r.requiredMaterials.join('、')}` : '',
    r.institutionName,
  ]
    .filter(Boolean)
    .join('\n'),
  url: `/financing#${toGlobalId('FinancingProduct', r.id)}`,
  inForce: true,
  popularity: 0,
  service: true,
});

export const financingProductSearchSource: SearchSource = {
  kind: 'financingProduct',
  graphqlType: 'FinancingProduct',
  label: '融资产品',
  institutionOf: { table: 'financing_product', column: 'institution_id' },
  typeLabels: TYPE_LABELS,
  async load(em: EntityManager, ids) {
    const rows = await em.execute<FinancingProductRow[]>(`${SELECT} and p.id = any(?::uuid[])`, [pgArray(ids)]);
    return rows.map(toDoc);
  },
  async all(em: EntityManager, afterId, limit) {
    const rows = await em.execute<FinancingProductRow[]>(`${SELECT} and (?::uuid is null or p.id > ?::uuid) order by p.id limit ?`, [afterId, afterId, limit]);
    return rows.map(toDoc);
  },
};
