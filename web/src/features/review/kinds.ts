/** The review queues of the operator console (O2 审核): path segment, titles and what is checked. */
export const REVIEW_KINDS = [
  { kind: 'enterprises', short: '企业认证', label: '企业认证审核', lead: '核对统一社会信用代码、名称与规模数据；退回时写明需要更正的内容。' },
  { kind: 'institutions', short: '机构入驻', label: '机构入驻审核', lead: '核对机构全称、资质、主管部门与服务栏目。' },
  { kind: 'products', short: '服务产品', label: '服务产品审核', lead: '核对名称规范（服务范围+服务领域+服务形式）、收费条款与服务流程，通过后上架。' },
  { kind: 'activities', short: '活动', label: '活动审核', lead: '核对主办单位全称、时间地点、名额与报名截止时间，通过后开放报名。' },
  { kind: 'demands', short: '诉求', label: '诉求审核', lead: '按公布的诉求处理规则审核：受理范围、内容真实完整、不含个人隐私与违规内容。' },
] as const;

export type ReviewKind = (typeof REVIEW_KINDS)[number]['kind'];

export function isReviewKind(value: string): value is ReviewKind {
  return REVIEW_KINDS.some((k) => k.kind === value);
}
