/**
 * Demo data of the service columns: financing products of the demo FINANCING institutions, the
 * entrepreneurship directories (incubators, venues, courses, measures) written in bulk, and needs of each
 * column submitted and answered through the same services the API uses (so routing and statistics hold).
 */
import { randomUUID } from 'node:crypto';
import { systemContext, viewerOf, type PlatformDeps } from '../server/common/system-context.js';
import { toGlobalId } from '../server/common/ids.js';
import type { Logger } from '../server/common/logger.js';
import { pgArray } from '../server/db/sql.js';
import type { Account } from '../server/modules/account/account.entity.js';
import { ACCOUNT_COLUMNS } from '../server/modules/account/account.service.js';
import { ServiceCategory } from '../server/modules/columns/catalogue/catalogue.js';
import { submitDiagnosisRequest } from '../server/modules/columns/advisory/diagnosis.js';
import { StartupStage, submitStartupNeed } from '../server/modules/columns/entrepreneurship/startup-need.js';
import { CollateralKind, FinancingPurpose, FinancingUrgency } from '../server/modules/columns/financing/need.types.js';
import { submitFinancingNeed } from '../server/modules/columns/financing/need.service.js';
import { FinancingProductType, PRODUCT_TYPE_LABELS } from '../server/modules/columns/financing/product.types.js';
import { closeNeed, replyToNeed } from '../server/modules/columns/need/need.service.js';
import { NeedOutcome } from '../server/modules/columns/need/need.types.js';
import { submitTalentNeed } from '../server/modules/columns/talent/talent-need.js';
import { mulberry32, type Rng } from './data/demo-data.js';

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

const LENDERS = [
  '徽商银行合肥分行',
  '中国工商银行安徽省分行',
  '中国建设银行安徽省分行',
  '合肥科技农村商业银行',
  '安徽省信用融资担保集团',
  '兴泰融资租赁有限公司',
  '安徽省中小企业发展基金',
  '芜湖扬子农村商业银行',
];
const PRODUCT_NAMES: Record<FinancingProductType, string[]> = {
  CREDIT: ['科技贷', '纳税信用贷', '专精特新贷', '首贷通'],
  GUARANTEE: ['4321政银担', '创业担保贷', '续贷过桥担保'],
  PLEDGE: ['存货质押贷', '仓单质押贷'],
  MORTGAGE: ['厂房抵押贷', '商铺抵押经营贷'],
  LEASING: ['设备直租', '售后回租'],
  SUPPLY_CHAIN: ['订单融资', '核心企业e信通'],
  RECEIVABLES: ['应收账款质押贷', '保理融资'],
  EQUITY: ['种子期股权投资', '成长期股权投资'],
  MICRO_LOAN: ['小微快贷', '个体工商户经营贷'],
  IP_PLEDGE: ['专利权质押贷', '商标权质押贷'],
  TRUST: ['产业信托计划'],
  PAWN: ['动产典当'],
  INTERNET: ['线上税e贷', '银税互动贷'],
};
const MATERIALS = ['营业执照', '法定代表人身份证', '近两年财务报表', '近一年纳税证明', '银行流水', '购销合同', '抵押物权属证明'];
const SIZES = ['MEDIUM', 'SMALL', 'MICRO'];
const INDUSTRY_SETS = [[], [], ['C'], ['C', 'I'], ['I', 'M'], ['A'], ['F', 'C'], ['F']];

/** City centres for plausible map positions. */
const CITIES: readonly [string, string, number, number][] = [
  ['340104', '合肥市蜀山区', 31.851, 117.26],
  ['340111', '合肥市包河区', 31.793, 117.31],
  ['340102', '合肥市瑶海区', 31.858, 117.309],
  ['340103', '合肥市庐阳区', 31.878, 117.265],
  ['340202', '芜湖市镜湖区', 31.34, 118.385],
  ['340300', '蚌埠市', 32.917, 117.389],
  ['340500', '马鞍山市', 31.67, 118.507],
  ['341100', '滁州市', 32.301, 118.316],
];

export async function seedColumns(deps: PlatformDeps, log?: Logger): Promise<void> {
  const started = Date.now();
  const rng = mulberry32(3727);
  const em = deps.orm.em.fork();
  const site = deps.sites.root()!;
  const now = deps.clock.now();

  // Financing products: ~40 across the approved FINANCING institutions.
  const lenders = await em.execute<{ id: string; createdBy: string; regionCodes: string[] }[]>(
    `select id, created_by as "createdBy", region_codes as "regionCodes" from institution where status = 'APPROVED' and 'FINANCING' = any(columns) order by created_at`,
  );
  const products: unknown[][] = [];
  const types = Object.values(FinancingProductType);
  for (let i = 0; lenders.length && i < 40; i++) {
    const inst = lenders[i % lenders.length];
    const type = types[i % types.length];
    const amountMin = pick(rng, [10, 30, 50, 100, 200]);
    const termMin = pick(rng, [3, 6, 12]);
    const rateMin = Math.round((2.8 + rng() * 3) * 100) / 100;
    const secured = type === FinancingProductType.MORTGAGE || type === FinancingProductType.PLEDGE || type === FinancingProductType.PAWN;
    products.push([
      randomUUID(),
      site.id,
      inst.id,
      `${pick(rng, PRODUCT_NAMES[type])}${i >= types.length ? `（${Math.floor(i / types.length) + 1}期）` : ''}`,
      pick(rng, LENDERS),
      type,
      `${PRODUCT_TYPE_LABELS[type]}产品，审批快、手续简便，服务本地区中小企业。`,
      amountMin,
      amountMin * pick(rng, [10, 20, 50]),
      termMin,
      termMin * pick(rng, [2, 3, 4]),
      rateMin,
      Math.round((rateMin + 1 + rng() * 2) * 100) / 100,
      secured,
      type === FinancingProductType.GUARANTEE,
      pgArray(pick(rng, INDUSTRY_SETS)),
      pgArray(rng() < 0.5 ? [] : SIZES.slice(int(rng, 0, 1))),
      pgArray(inst.regionCodes),
      pick(rng, [0, 0, 1, 2, 3]),
      pgArray(MATERIALS.slice(0, int(rng, 2, 5))),
      inst.createdBy,
      now,
      now,
    ]);
  }
  await em.execute(
    `insert into financing_product (id, site_id, institution_id, name, lender, product_type, summary, amount_min, amount_max, term_min_months,
        term_max_months, rate_min, rate_max, collateral_required, guarantee_required, industry_codes, size_classes, region_codes,
        min_years_established, required_materials, created_by, created_at, updated_at)
     select (r->>0)::uuid, (r->>1)::uuid, (r->>2)::uuid, r->>3, r->>4, r->>5, r->>6, (r->>7)::numeric, (r->>8)::numeric, (r->>9)::int,
            (r->>10)::int, (r->>11)::numeric, (r->>12)::numeric, (r->>13)::boolean, (r->>14)::boolean, (r->>15)::text[], (r->>16)::text[],
            (r->>17)::text[], (r->>18)::int, (r->>19)::text[], (r->>20)::uuid, ?, ?
       from jsonb_array_elements(?::jsonb) r`,
    [now, now, JSON.stringify(products.map((row) => row.slice(0, 21)))],
  );

  // Entrepreneurship directories in one statement: 30 incubators and venues, 10 courses, 8 measures.
  const resources: unknown[][] = [];
  for (let i = 0; i < 30; i++) {
    const [code, cityName, lat, lng] = CITIES[i % CITIES.length];
    const incubator = i % 2 === 0;
    resources.push([
      incubator ? 'INCUBATOR' : 'VENUE',
      `${cityName}${incubator ? pick(rng, ['科创孵化器', '众创空间', '大学生创业园']) : pick(rng, ['创业园', '标准化厂房', '共享办公中心'])}${i + 1}号`,
      incubator ? '提供工位、创业辅导、投融资对接和政策申报服务。' : '可按需分割，配套停车与食堂。',
      code,
      `${cityName}创新大道${100 + i}号`,
      int(rng, 300, 30000),
      incubator ? pick(rng, [0, 10, 15, 20]) : pick(rng, [18, 22, 25, 30, 35]),
      int(rng, 0, 40),
      lat + (rng() - 0.5) * 0.08,
      lng + (rng() - 0.5) * 0.08,
      null,
      null,
    ]);
  }
  for (let i = 0; i < 10; i++) {
    const [code, cityName] = CITIES[i % CITIES.length];
    const start = new Date(now.getTime() + (i * 7 - 10) * 86_400_000).toISOString().slice(0, 10);
    const end = new Date(now.getTime() + (i * 7 - 3) * 86_400_000).toISOString().slice(0, 10);
    resources.push([
      'TRAINING_COURSE',
      `${cityName}${pick(rng, ['SYB创业培训', '网络创业培训', '创业模拟实训'])}第${i + 1}期`,
      '免费参加，结业颁发培训合格证书。',
      code,
      `${cityName}人力资源市场`,
      null,
      null,
      int(rng, 0, 50),
      null,
      null,
      start,
      end,
    ]);
  }
  const measures = [
    '一次性创业补贴',
    '创业担保贷款及贴息',
    '大学生创业场租补贴',
    '返乡创业示范项目奖补',
    '小微企业吸纳就业社保补贴',
    '创业孵化基地运营补贴',
    '个体工商户税费减免',
    '初创企业首贷贴息',
  ];
  for (const [i, m] of measures.entries())
    resources.push([
      'SUPPORT_MEASURE',
      m,
      `${m}：符合条件的创业者可向当地人社或相关部门申请，具体以当地政策为准。`,
      i % 2 ? '340100' : '340000',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  await em.execute(
    `insert into startup_resource (id, site_id, kind, name, summary, region_code, address, area_m2, price_yuan_per_m2_month, vacancies, latitude, longitude, starts_on, ends_on, created_at)
     select gen_random_uuid(), ?, r->>0, r->>1, r->>2, r->>3, r->>4, (r->>5)::numeric, (r->>6)::numeric, (r->>7)::int, (r->>8)::float8, (r->>9)::float8, (r->>10)::date, (r->>11)::date, ?
       from jsonb_array_elements(?::jsonb) r`,
    [site.id, now, JSON.stringify(resources)],
  );

  // Needs through the services: owners of verified enterprises submit; the routed institutions answer some.
  const owners = await em.execute<Account[]>(
    `select ${ACCOUNT_COLUMNS} from account where enterprise_role = 'OWNER' and enterprise_id is not null order by created_at limit 32`,
  );
  const staffOf = new Map(
    (await em.execute<Account[]>(`select ${ACCOUNT_COLUMNS} from account where institution_admin and institution_id is not null`)).map((a) => [
      a.institutionId!,
      a,
    ]),
  );
  let needs = 0;
  for (const [i, owner] of owners.entries()) {
    const ctx = systemContext(deps, viewerOf(owner));
    const kind = i % 4;
    const res =
      kind === 0 || kind === 1
        ? await submitFinancingNeed(ctx, {
            amount: pick(rng, [50, 100, 200, 300, 500, 800, 1000]),
            termMonths: pick(rng, [6, 12, 24, 36]),
            purpose: pick(rng, Object.values(FinancingPurpose)),
            description: '用于扩大生产和原材料采购。',
            collateral: rng() < 0.5 ? [CollateralKind.NONE] : [CollateralKind.EQUIPMENT],
            guaranteeAvailable: rng() < 0.3,
            urgency: pick(rng, Object.values(FinancingUrgency)),
          })
        : kind === 2
          ? await submitTalentNeed(ctx, {
              positions: [
                {
                  title: pick(rng, ['机械工程师', '销售代表', '会计', '数控操作工', '软件开发工程师']),
                  headcount: int(rng, 1, 8),
                  skills: ['吃苦耐劳'],
                  salaryMin: 5000,
                  salaryMax: 9000,
                },
              ],
              deadline: new Date(now.getTime() + 45 * 86_400_000).toISOString().slice(0, 10),
            })
          : await submitDiagnosisRequest(ctx, {
              category: pick(rng, [
                ServiceCategory.DIAGNOSIS_LEAN,
                ServiceCategory.INTELLECTUAL_PROPERTY,
                ServiceCategory.AGENCY_TAX,
                ServiceCategory.INFORMATISATION,
              ]),
              description: '希望专业机构上门了解情况并给出改进建议。',
            });
    if (!res.need) continue;
    needs++;
    const routed = await em.execute<{ institutionId: string }[]>(`select institution_id as "institutionId" from column_need_route where need_id = ? limit 1`, [
      res.need.id,
    ]);
    const staff = routed[0] && staffOf.get(routed[0].institutionId);
    if (staff && i % 3 !== 2) {
      const needId = toGlobalId('ColumnNeed', res.need.id);
      await replyToNeed(systemContext(deps, viewerOf(staff)), { needId, body: '您好，已收到您的需求，工作人员将尽快与您联系。' });
      if (i % 3 === 0) {
        // Completed needs report what was financed (financing only) and rate the service, for the dashboard.
        const financed = res.need.column === 'FINANCING' && res.need.amount ? Math.round(res.need.amount * 0.8) : null;
        await closeNeed(ctx, { needId, outcome: NeedOutcome.COMPLETED, amountFinanced: financed, rating: int(rng, 3, 5) });
      }
    }
  }
  for (let i = 0; i < 3; i++) {
    // anonymous submissions, from an address no visitor has (the hourly limit is per address)
    await submitStartupNeed(
      { ...systemContext(deps, null), ip: 'seed' },
      {
        category: pick(rng, [ServiceCategory.VENUE_DOCKING, ServiceCategory.STARTUP_TRAINING, ServiceCategory.BUSINESS_PLANNING]),
        stage: StartupStage.IDEA,
        description: '准备开一家社区便民服务店，想了解扶持政策和场地。',
        regionCode: '340104',
        contact: { name: `创业者${i + 1}`, phone: `1395550${String(1000 + i)}` },
      },
    );
    needs++;
  }
  log?.info('column data seeded', { products: products.length, resources: resources.length, needs, ms: Date.now() - started });
}
