/**
 * Demo 通知公告 and footer (demo data only; a production installation starts with neither): a few notices of the
 * province and one of Hefei, written and published through the same services the API uses.
 */
import { systemContext, type PlatformDeps } from '../server/common/system-context.js';
import type { Viewer } from '../server/common/context.js';
import type { Logger } from '../server/common/logger.js';
import { toGlobalId } from '../server/common/ids.js';
import { createNotice, setNoticePublished } from '../server/modules/notice/notice.service.js';
import { updateSiteFooter } from '../server/modules/site/site-setting.js';

const NOTICES: { site: string; title: string; body: string; pinned?: boolean }[] = [
  {
    site: 'anhui',
    title: '关于开展2026年度专精特新中小企业申报工作的通知',
    pinned: true,
    body: '<p>各市经济和信息化局：</p><p>为贯彻落实促进中小企业专精特新发展的部署，现组织开展2026年度专精特新中小企业申报工作。符合条件的企业请在“政策服务”中查看申报指南，按指南所列受理地点和材料办理。</p><p>咨询电话：0551-62871234。</p>',
  },
  {
    site: 'anhui',
    title: '平台系统升级维护公告',
    body: '<p>为提升服务质量，平台将于本周六 22:00 至次日 02:00 进行系统升级，期间部分功能暂停使用。给您带来的不便，敬请谅解。</p>',
  },
  {
    site: 'anhui',
    title: '中小企业服务月活动安排',
    body: '<p>服务月期间，全省各级服务机构将集中开展政策宣讲、融资对接、管理诊断等活动，欢迎企业在“活动”栏目报名参加。</p>',
  },
  {
    site: 'hefei',
    title: '合肥市中小企业数字化转型诊断服务开始预约',
    body: '<p>合肥市中小企业可通过平台“管理咨询”栏目预约免费数字化转型诊断服务，名额有限，先到先得。</p>',
  },
];

export async function seedNotices(deps: PlatformDeps, operator: Viewer, sysAdmin: Viewer, log?: Logger): Promise<void> {
  for (const n of NOTICES) {
    const ctx = systemContext(deps, operator, n.site);
    const created = await createNotice(ctx, { title: n.title, body: n.body, pinned: n.pinned ?? false });
    if (!created.notice) throw new Error(`seed notice failed: ${created.errors.map((e) => e.message).join('; ')}`);
    await setNoticePublished(ctx, { id: toGlobalId('Notice', created.notice.id) }, true);
  }
  const footer = await updateSiteFooter(systemContext(deps, sysAdmin, 'anhui'), {
    organizer: '安徽省经济和信息化厅（演示数据）',
    operatorUnit: '安徽省中小企业服务中心（演示数据）',
    phone: '0551-62871234',
    email: 'service@qifu.local',
    address: '安徽省合肥市（演示数据）',
  });
  if (footer.errors.length) throw new Error(`seed footer failed: ${footer.errors.map((e) => e.message).join('; ')}`);
  log?.info('demo notices and footer seeded', { notices: NOTICES.length });
}
