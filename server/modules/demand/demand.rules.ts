import type { DemandHandlingRules } from './demand.entity.js';

/** O2: the demand-handling rules operators review against; published so that enterprises know them. */
export const DEMAND_HANDLING_RULES: DemandHandlingRules = {
  version: '2026-11',
  scope: ['受理平台注册企业在政策、融资、创业、人才、技术、管理咨询六个服务栏目内提出的服务诉求。', '不受理与企业经营无关、违反法律法规或涉及个人隐私的诉求。'],
  reviewStandards: [
    '诉求名称、描述、联系人、联系电话、服务期限完整真实。',
    '诉求内容明确，属于所选服务栏目，服务期限合理（不超过2年）。',
    '不含广告、重复提交或无法落实的内容；驳回时须说明理由。',
  ],
  process: [
    '企业提交诉求 → 运营人员在1个工作日内审核。',
    '审核通过后向栏目和地区匹配的入驻机构公开（或由运营人员派发）。',
    '机构提交承接方案 → 企业选定一家机构 → 进入对接，按对接时限办理直至企业确认完成并评价。',
  ],
  tracking: [
    '发布3个工作日无机构响应时提醒企业和运营人员，由运营人员派发给合适机构。',
    '对接中首次响应、回复和办结均有时限；超时提醒机构负责人，仍未处理升级至运营人员督办。',
    '企业每天可催办一次，催办记录纳入机构服务统计。',
  ],
};
