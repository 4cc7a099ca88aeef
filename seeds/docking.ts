import type { PlatformDeps } from '../server/common/system-context.js';
import { systemContext, viewerOf } from '../server/common/system-context.js';
import { regionName } from '../server/common/codes/regions.js';
import { toGlobalId } from '../server/common/ids.js';
import type { Logger } from '../server/common/logger.js';
import type { Account } from '../server/modules/account/account.entity.js';
import { ACCOUNT_COLUMNS } from '../server/modules/account/account.service.js';
import * as activities from '../server/modules/activity/activity.service.js';
import { RegistrationMethod } from '../server/modules/activity/activity.entity.js';
import * as demands from '../server/modules/demand/demand.service.js';
import { DemandVisibility } from '../server/modules/demand/demand.entity.js';
import * as dockings from '../server/modules/docking/docking.service.js';
import { ReviewDecision } from '../server/common/review.js';
import type { ServiceColumn } from '../server/common/service-column.js';
import { FeeType, ServiceForm } from '../server/modules/product/product.entity.js';
import * as products from '../server/modules/product/product.service.js';

type Deps = PlatformDeps;

/** Service fields and forms per column, to build names following 服务范围+服务领域+服务形式 (I3). */
const FIELDS: Record<ServiceColumn, [string, string][]> = {
  POLICY: [
    ['惠企政策', '咨询服务'],
    ['项目申报', '辅导服务'],
    ['专精特新', '申报服务'],
  ],
  FINANCING: [
    ['融资担保', '对接服务'],
    ['知识产权质押', '融资服务'],
    ['科技信贷', '咨询服务'],
  ],
  ENTREPRENEURSHIP: [
    ['创业孵化', '孵化服务'],
    ['工商注册', '代理服务'],
    ['创业导师', '辅导服务'],
  ],
  TALENT: [
    ['人才招聘', '招聘服务'],
    ['技能提升', '培训服务'],
    ['人力资源', '咨询服务'],
  ],
  TECHNOLOGY: [
    ['检验检测', '检测服务'],
    ['数字化转型', '诊断服务'],
    ['技术转移', '对接服务'],
  ],
  CONSULTING: [
    ['知识产权', '咨询服务'],
    ['企业管理', '诊断服务'],
    ['法律合规', '法律服务'],
  ],
};

const NEEDS = [
  '希望了解适用于本企业的扶持政策并协助准备申报材料。',
  '计划年内融资500万元用于新产线建设，需要担保和银行对接。',
  '需要对现有生产管理流程进行诊断，降低不良率。',
  '新招聘的技术人员较多，需要系统的岗位技能培训。',
  '准备申请发明专利，需要专利检索和撰写服务。',
];

async function must<T extends { errors: { message: string; field: string | null }[] }>(what: string, p: Promise<T>): Promise<T> {
  const r = await p;
  if (r.errors.length) throw new Error(`seed ${what} failed: ${r.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  return r;
}

interface InstRow {
  id: string;
  name: string;
  columns: ServiceColumn[];
  regionCodes: string[];
  adminId: string;
}
interface EntRow {
  id: string;
  ownerId: string;
}

/**
 * Docking demo data through the services: ~60 listed products across the approved institutions, ~30
 * demands, ~20 activities with registrations, and dockings in every status with messages and evaluations.
 */
export async function seedDocking(deps: Deps, log?: Logger): Promise<void> {
  const started = Date.now();
  const em = deps.orm.em.fork();
  const accounts = new Map((await em.execute<Account[]>(`select ${ACCOUNT_COLUMNS} from account`)).map((a) => [a.id, a]));
  const as = (accountId: string) => systemContext(deps, viewerOf(accounts.get(accountId)!));
  const operator = [...accounts.values()].find((a) => a.roles.includes('OPERATOR' as never))!;
  const op = () => as(operator.id);
  const insts = await em.execute<InstRow[]>(
    `select i.id, i.name, i.columns, i.region_codes as "regionCodes", a.id as "adminId"
       from institution i join account a on a.institution_id = i.id and a.institution_admin where i.status = 'APPROVED' order by i.created_at`,
  );
  const ents = await em.execute<EntRow[]>(
    `select e.id, e.created_by as "ownerId" from enterprise e where e.status = 'VERIFIED' order by e.created_at limit 40`,
  );
  if (!insts.length || !ents.length || !operator) return;

  // Products: three per institution (about 60), almost all listed.
  const productIds: { id: string; institution: InstRow }[] = [];
  let n = 0;
  for (const inst of insts) {
    for (let k = 0; k < (productIds.length + n < 60 && insts.indexOf(inst) < 60 - 3 * insts.length ? 4 : 3); k++, n++) {
      const column = inst.columns[k % inst.columns.length];
      const [field, form] = FIELDS[column][(k + n) % 3];
      const scope = regionName(inst.regionCodes[0]) ?? '安徽省';
      const r = await must(
        'product',
        products.createProduct(as(inst.adminId), {
          name: `${scope}${field}${form}`,
          column,
          subcategory: field,
          description: `${inst.name}面向${scope}中小企业提供${field}${form}，由专业团队一对一跟进。`,
          process: [
            { title: '在线提交需求', description: '企业在平台提交对接申请并说明需求' },
            { title: '需求确认', description: '2个工作小时内联系企业确认需求' },
            { title: '提供服务', description: '按约定方案提供服务并记录过程' },
            { title: '企业确认与评价', description: '服务完成后由企业确认并评价' },
          ],
          feeType: n % 3 === 0 ? FeeType.PAID : FeeType.FREE,
          priceTerms: n % 3 === 0 ? '基础服务免费，深度服务按项目报价，签约前书面确认' : null,
          form: [ServiceForm.ONLINE, ServiceForm.OFFLINE, ServiceForm.BOTH][n % 3],
          contactName: '服务专员',
          contactPhone: `0551-6${String(5100000 + n).padStart(7, '0')}`,
          targetAudience: `${scope}中小微企业`,
          regionCodes: inst.regionCodes,
          submit: n % 20 !== 19,
        }),
      );
      const id = r.product!.id;
      if (n % 20 !== 19 && n % 25 !== 24) {
        await must(
          'product review',
          products.reviewProduct(op(), { productId: toGlobalId('ServiceProduct', id), decision: ReviewDecision.APPROVE, reason: null }),
        );
        productIds.push({ id, institution: inst });
      }
    }
  }

  const tProducts = Date.now() - started;
  // Product dockings in every status.
  let dockingCount = 0;
  for (let i = 0; i < Math.min(36, ents.length); i++) {
    const ent = ents[i];
    const p = productIds[(i * 7) % productIds.length];
    const d = await must('docking', dockings.submitDocking(as(ent.ownerId), { productId: toGlobalId('ServiceProduct', p.id), needs: NEEDS[i % NEEDS.length] }));
    dockingCount++;
    const gid = toGlobalId('Docking', d.docking!.id);
    const inst = () => as(p.institution.adminId);
    const stage = i % 6;
    if (stage === 0) continue; // SUBMITTED
    await must('message', dockings.sendMessage(inst(), { dockingId: gid, body: '您好，已收到需求，请提供企业基本情况和联系人时间安排。' }));
    if (stage === 1) {
      await must('decline', dockings.transitionDocking(inst(), 'decline', { dockingId: gid, note: '该需求超出本机构服务范围，建议联系当地技术服务机构' }));
      continue;
    }
    await must('reply', dockings.sendMessage(as(ent.ownerId), { dockingId: gid, body: '材料已整理，本周内均可沟通。' }));
    await must('accept', dockings.transitionDocking(inst(), 'accept', { dockingId: gid }));
    if (stage === 2) continue; // ACCEPTED
    if (stage === 3) {
      await must('cancel', dockings.transitionDocking(as(ent.ownerId), 'cancel', { dockingId: gid, note: '企业计划调整，暂不需要' }));
      continue;
    }
    await must('start', dockings.transitionDocking(inst(), 'start', { dockingId: gid }));
    if (stage === 4) continue; // IN_SERVICE
    await must('complete', dockings.transitionDocking(as(ent.ownerId), 'complete', { dockingId: gid, note: '服务已按约完成' }));
    await must(
      'evaluate',
      dockings.evaluateDocking(as(ent.ownerId), {
        dockingId: gid,
        quality: 5,
        timeliness: 4 + (i % 2),
        attitude: 5,
        professionalism: 4,
        comment: '响应及时，方案专业，解决了实际问题。',
      }),
    );
    if (i % 2 === 0) await must('evaluation reply', dockings.replyEvaluation(inst(), { dockingId: gid, reply: '感谢认可，欢迎继续使用本机构服务。' }));
  }

  const tDockings = Date.now() - started;
  // Demands: about 30; most opened, some with offers, some matched.
  const columns: ServiceColumn[] = ['POLICY', 'FINANCING', 'ENTREPRENEURSHIP', 'TALENT', 'TECHNOLOGY', 'CONSULTING'] as ServiceColumn[];
  const DEMAND_NAMES = [
    '寻求专精特新申报辅导',
    '寻求流动资金贷款对接',
    '寻求创业场地与孵化服务',
    '寻求高级技工招聘服务',
    '寻求产线数字化改造方案',
    '寻求知识产权布局咨询',
  ];
  let demandCount = 0;
  for (let i = 0; i < Math.min(30, ents.length); i++) {
    const ent = ents[(i + 5) % ents.length];
    const column = columns[i % 6];
    const r = await must(
      'demand',
      demands.createDemand(as(ent.ownerId), {
        name: `${DEMAND_NAMES[i % 6]}（${i + 1}）`,
        description: `${NEEDS[i % NEEDS.length]}希望有经验的服务机构提供方案和报价。`,
        column,
        category: FIELDS[column][i % 3][0],
        contactName: '企业联系人',
        contactPhone: `1395512${String(1000 + i).padStart(4, '0')}`,
        periodStart: '2026-12-01',
        periodEnd: '2027-06-30',
        budget: i % 3 === 0 ? null : 5 + i,
        visibility: i % 7 === 6 ? DemandVisibility.OPERATORS_ONLY : DemandVisibility.ALL_INSTITUTIONS,
      }),
    );
    demandCount++;
    const gid = toGlobalId('Demand', r.demand!.id);
    if (i % 10 === 9) continue; // under review
    await must(
      'demand review',
      demands.reviewDemand(op(), {
        demandId: gid,
        decision: i % 10 === 8 ? ReviewDecision.REJECT : ReviewDecision.APPROVE,
        reason: i % 10 === 8 ? '诉求描述不够明确，请补充具体需求后重新提交' : null,
      }),
    );
    if (i % 10 === 8 || i % 7 === 6) continue;
    const takers = insts.filter((x) => x.columns.includes(column)).slice(0, 2);
    let firstOffer: string | null = null;
    for (const t of takers) {
      const o = await demands.offerDemand(as(t.adminId), {
        demandId: gid,
        plan: `由${t.name}组建专项小组，两周内完成需求调研并提交实施方案。`,
        terms: '首次咨询免费，后续按实际工作量报价',
      });
      if (!o.errors.length) firstOffer ??= o.offer!.id;
    }
    if (firstOffer && i % 3 === 0) await must('choose', demands.chooseOffer(as(ent.ownerId), { offerId: toGlobalId('DemandOffer', firstOffer) }));
  }

  const tDemands = Date.now() - started;
  // Activities: about 20 over the next two months, with registrations.
  const TOPICS = ['惠企政策宣讲会', '银企融资对接会', '创业训练营', '高校毕业生专场招聘会', '数字化转型专题培训', '知识产权保护讲座'];
  const now = deps.clock.now().getTime();
  const people = [...accounts.values()].filter((a) => a.enterpriseId).slice(0, 60);
  let activityCount = 0;
  for (let i = 0; i < 20; i++) {
    const inst = insts[i % insts.length];
    const column = inst.columns[i % inst.columns.length];
    const start = new Date(now + (3 + i * 3) * 86_400_000);
    start.setUTCHours(1, 30, 0, 0); // 09:30 China time
    const r = await must(
      'activity',
      activities.createActivity(as(inst.adminId), {
        name: `2026年${TOPICS[['POLICY', 'FINANCING', 'ENTREPRENEURSHIP', 'TALENT', 'TECHNOLOGY', 'CONSULTING'].indexOf(column)]}（第${i + 1}期）`,
        column,
        content: `由${inst.name}主办，围绕企业关心的问题开展讲解、交流和现场咨询。`,
        agenda: [
          { startsAt: start, title: '开场致辞', speaker: `${inst.name}负责人` },
          { startsAt: new Date(start.getTime() + 30 * 60_000), title: '专题讲解', speaker: '特邀专家' },
          { startsAt: new Date(start.getTime() + 90 * 60_000), title: '交流答疑', speaker: null },
        ],
        participants: '特邀专家、服务机构代表、中小企业负责人',
        organisers: [inst.name],
        placeAddress: i % 4 === 3 ? null : `${regionName(inst.regionCodes[0]) ?? '合肥市'}政务服务中心三楼报告厅`,
        onlineUrl: i % 4 === 3 ? 'https://meeting.example.cn/qifu-live' : null,
        startsAt: start,
        endsAt: new Date(start.getTime() + 3 * 3600_000),
        registrationMethod: i % 3 === 0 ? RegistrationMethod.PLATFORM_AND_PHONE : RegistrationMethod.PLATFORM,
        registrationDeadline: new Date(start.getTime() - 86_400_000),
        capacity: 20 + (i % 5) * 20,
        contactName: '活动联系人',
        contactPhone: `0551-6${String(5200000 + i).padStart(7, '0')}`,
        targetAudience: '省内中小企业负责人及相关管理人员',
        logo: null,
      }),
    );
    activityCount++;
    const gid = toGlobalId('Activity', r.activity!.id);
    if (i % 10 === 9) continue; // left under review
    await must('activity review', activities.reviewActivity(op(), { activityId: gid, decision: ReviewDecision.APPROVE, reason: null }));
    for (let k = 0; k < 3 + (i % 4) * 3 && k < people.length; k++) {
      await must('registration', activities.register(as(people[(i * 3 + k) % people.length].id), { activityId: gid }));
    }
  }
  log?.info('docking demo data seeded', {
    products: n,
    dockings: dockingCount,
    demands: demandCount,
    activities: activityCount,
    ms: Date.now() - started,
    phases: { tProducts, tDockings, tDemands },
  });
}
