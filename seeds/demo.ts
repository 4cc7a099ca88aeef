import type { Platform } from '../server/app/platform.js';
import { systemContext, viewerOf, type PlatformDeps } from '../server/common/system-context.js';
import { toGlobalId } from '../server/common/ids.js';
import type { Logger } from '../server/common/logger.js';
import { Role, ROLE_LABELS } from '../server/common/roles.js';
import { updateRow } from '../server/db/columns.js';
import type { Account } from '../server/modules/account/account.entity.js';
import * as accounts from '../server/modules/account/account.service.js';
import * as enterprises from '../server/modules/enterprise/enterprise.service.js';
import { ReviewDecision } from '../server/common/review.js';
import * as institutions from '../server/modules/institution/institution.service.js';
import type { InstitutionType } from '../server/modules/institution/institution.entity.js';
import type { ServiceColumn } from '../server/common/service-column.js';
import { generateEnterprises, generateInstitutions } from './data/demo-data.js';
import { seedPolicies } from './policies.js';
import { seedColumns } from './columns.js';
import { seedDocking } from './docking.js';
import { seedNotices } from './notices.js';

export const DEMO_PASSWORD = 'QifuDemo@2026';

/** One demo account per role; the enterprise and institution ones get their membership below. */
const ROLE_ACCOUNTS = [
  { mobile: '13800000001', name: '系统管理员', roles: [Role.SYSTEM_ADMIN] },
  { mobile: '13800000002', name: '安全管理员', roles: [Role.SECURITY_ADMIN] },
  { mobile: '13800000003', name: '审计管理员', roles: [Role.AUDIT_ADMIN] },
  { mobile: '13800000004', name: '运营专员王芳', roles: [Role.OPERATOR] },
  { mobile: '13800000005', name: '审核员李强', roles: [Role.REVIEWER] },
  { mobile: '13800000006', name: '企业用户陈晨', roles: [] },
  { mobile: '13800000007', name: '机构管理员赵磊', roles: [] },
  { mobile: '13800000008', name: '机构工作人员孙悦', roles: [] },
] as const;

type Deps = PlatformDeps;

async function must<T extends { errors: { message: string; field: string | null }[] }>(what: string, p: Promise<T>): Promise<T> {
  const r = await p;
  if (r.errors.length) throw new Error(`seed ${what} failed: ${r.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  return r;
}

async function account(deps: Deps, mobile: string, displayName: string, logN: number): Promise<Account> {
  const ctx = systemContext({ ...deps, config: { ...deps.config, scryptLogN: logN } }, null);
  const r = await must(`account ${mobile}`, accounts.register(ctx, { mobile, displayName, password: DEMO_PASSWORD }));
  return r.account!;
}

async function reload(deps: Deps, id: string): Promise<Account> {
  return (await accounts.loadAccount(deps.orm.em.fork(), id))!;
}

/**
 * Demo data through the same services the API uses: an account for every role, ~200 enterprises across
 * industries, regions and sizes, ~20 institutions across columns and regions.
 */
export async function seedDemo(deps: Deps, log?: Logger): Promise<void> {
  const started = Date.now();
  const created = new Map<string, Account>();
  for (const r of ROLE_ACCOUNTS) {
    const a = await account(deps, r.mobile, r.name, deps.config.scryptLogN);
    if (r.roles.length) await updateRow(deps.orm.em.fork(), 'account', a.id, { roles: [...r.roles] });
    created.set(r.mobile, await reload(deps, a.id));
  }
  const operator = viewerOf(created.get('13800000004')!);

  // Institutions: the first is administered by the demo institution admin; most are approved.
  const demoInstitutions = generateInstitutions(2020);
  for (const [i, inst] of demoInstitutions.entries()) {
    const applicant = i === 0 ? created.get('13800000007')! : await account(deps, `1370000${String(i).padStart(4, '0')}`, inst.contactName, 10);
    const applied = await must(
      `institution ${inst.name}`,
      institutions.applyInstitution(systemContext(deps, viewerOf(applicant)), {
        ...inst,
        type: inst.type as InstitutionType,
        columns: inst.columns as ServiceColumn[],
      }),
    );
    if (i < demoInstitutions.length - 2) {
      await must(
        'institution review',
        institutions.reviewInstitution(systemContext(deps, operator), {
          institutionId: toGlobalId('Institution', applied.institution!.id),
          decision: ReviewDecision.APPROVE,
          reason: '资质齐全，同意入驻',
        }),
      );
    }
  }
  const admin = await reload(deps, created.get('13800000007')!.id);
  await must('staff', institutions.addStaff(systemContext(deps, viewerOf(admin)), { identifier: '13800000008' }));

  // Enterprises: the first belongs to the demo enterprise user; 70% verified, 10% rejected, the rest pending.
  const demoEnterprises = generateEnterprises(200, 34);
  for (const [i, e] of demoEnterprises.entries()) {
    const owner = i === 0 ? created.get('13800000006')! : await account(deps, `1360000${String(i).padStart(4, '0')}`, e.contactName, 10);
    const r = await must(`enterprise ${e.name}`, enterprises.registerEnterprise(systemContext(deps, viewerOf(owner)), e));
    const roll = i % 10;
    if (roll < 8) {
      await must(
        'enterprise review',
        enterprises.reviewEnterprise(systemContext(deps, operator), {
          enterpriseId: toGlobalId('Enterprise', r.enterprise!.id),
          decision: roll < 7 ? ReviewDecision.APPROVE : ReviewDecision.REJECT,
          reason: roll < 7 ? null : '营业执照信息与填报不一致，请核对后重新提交',
        }),
      );
    }
  }
  log?.info('demo data seeded', { enterprises: demoEnterprises.length, institutions: demoInstitutions.length, ms: Date.now() - started });
  await seedPolicies(deps, log);
  await seedColumns(deps, log);
  await seedDocking(deps, log);
  await seedNotices(deps, operator, viewerOf(created.get('13800000001')!), log);
}

export async function seedDemoIfEmpty(platform: Platform, log: Logger): Promise<void> {
  // Demo accounts have a published password: refused in production whatever the configuration says.
  if (platform.config.production) {
    log.warn('demo data refused: NODE_ENV=production');
    return;
  }
  if ((await platform.orm.em.fork().execute('select 1 from account limit 1')).length > 0) return;
  await seedDemo(platform, log);
  const lines = ROLE_ACCOUNTS.map((r, i) => {
    const label = r.roles.length ? ROLE_LABELS[r.roles[0]] : ['企业用户（企业所有者）', '服务机构管理员', '服务机构工作人员'][i - 5];
    return `  ${r.mobile}  ${label}`;
  });
  process.stdout.write(`\n演示数据已创建。用以下账号登录 ${platform.url}/ （密码均为 ${DEMO_PASSWORD}）：\n${lines.join('\n')}\n\n`);
}
