/** 融资渠道指引 (F1): plain-Chinese explanations of each financing route, static content. */
import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum FinancingRouteKind {
  INDIRECT = 'INDIRECT',
  DIRECT = 'DIRECT',
}
registerEnumType(FinancingRouteKind, {
  name: 'FinancingRouteKind',
  description: '融资方式 / Indirect (through an intermediary that lends) or direct (investors buy equity or securities).',
  valuesConfig: { INDIRECT: { description: '间接融资' }, DIRECT: { description: '直接融资' } },
});

@ObjectType({ description: 'A financing route explained in plain Chinese (public, F1).' })
export class FinancingRoute {
  @Field(() => String, { description: 'Stable code, e.g. BANK_CREDIT.' })
  code!: string;
  @Field(() => FinancingRouteKind, { description: 'Indirect or direct financing.' })
  kind!: FinancingRouteKind;
  @Field(() => String, { description: 'Name (中文).' })
  name!: string;
  @Field(() => String, { description: 'What it is, in one or two plain sentences.' })
  summary!: string;
  @Field(() => String, { description: 'Which enterprises it suits.' })
  suitableFor!: string;
  @Field(() => [String], { description: 'Usual steps, in order.' })
  steps!: string[];
  @Field(() => String, { description: 'What to watch out for.' })
  tips!: string;
}

const r = (code: string, kind: FinancingRouteKind, name: string, summary: string, suitableFor: string, steps: string[], tips: string): FinancingRoute => ({
  code,
  kind,
  name,
  summary,
  suitableFor,
  steps,
  tips,
});
const I = FinancingRouteKind.INDIRECT;
const D = FinancingRouteKind.DIRECT;

export const FINANCING_ROUTES: readonly FinancingRoute[] = Object.freeze([
  r(
    'BANK_CREDIT',
    I,
    '银行信贷',
    '向商业银行申请贷款，按期还本付息，包括信用贷款、抵押贷款、质押贷款和保证贷款。',
    '经营稳定、纳税和结算记录良好的企业；首贷企业可关注普惠小微贷款。',
    ['准备营业执照、财务报表、纳税证明等材料', '向银行提交申请或在平台发布融资需求', '银行尽职调查与授信审批', '签订合同、落实担保、放款'],
    '比较综合融资成本（利率、担保费、评估费），量入为出，避免短贷长用。',
  ),
  r(
    'TRUST',
    I,
    '信托融资',
    '信托公司募集资金后以贷款或股权等方式投向企业项目。',
    '有明确项目、现金流可预期的成长期企业。',
    ['与信托公司沟通项目', '设计信托计划', '募集资金', '按约定使用与兑付'],
    '成本通常高于银行贷款，注意期限匹配与增信要求。',
  ),
  r(
    'FUND',
    I,
    '基金（政府引导基金、纾困基金等）',
    '政府或社会资本设立的基金以债权或股权方式支持企业。',
    '符合产业政策方向的科技型、专精特新企业。',
    ['关注基金申报通知', '提交商业计划与财务资料', '基金管理人评审', '签约投放'],
    '了解基金的投向限制与退出安排。',
  ),
  r(
    'SECURITIES',
    I,
    '证券类融资（债券、资产证券化）',
    '通过发行公司债、中小企业集合债或资产证券化产品筹集资金。',
    '规模较大、信用评级较好的中型企业。',
    ['聘请券商等中介机构', '信用评级与材料准备', '监管审核或注册', '发行与存续期管理'],
    '发行门槛和中介费用较高，可关注集合发行方式。',
  ),
  r(
    'MICRO_LOAN',
    I,
    '小额贷款',
    '小额贷款公司提供的额度小、审批快的贷款。',
    '急需短期周转、金额较小的小微企业和个体工商户。',
    ['提交申请与基本资料', '快速审核', '放款'],
    '利率一般高于银行，核实机构资质，拒绝“砍头息”。',
  ),
  r(
    'LEASING',
    I,
    '融资租赁',
    '租赁公司按企业要求购买设备再出租给企业，企业分期支付租金，期满可取得设备所有权。',
    '需要购置设备但一次性支付压力大的制造业企业。',
    ['选定设备与供应商', '租赁公司审批', '签订租赁合同', '按期支付租金'],
    '比较租金总额与贷款购买成本，关注期满留购价。',
  ),
  r(
    'PAWN',
    I,
    '典当融资',
    '以动产、财产权利或房地产作当物向典当行借款，到期赎回。',
    '短期、临时性资金需求，且有可典当物品的企业。',
    ['评估当物', '签订当票', '取得当金', '到期赎当或续当'],
    '期限短、综合费率高，只适合应急。',
  ),
  r(
    'GUARANTEE',
    I,
    '融资担保',
    '由融资担保公司为企业向银行借款提供担保，解决缺少抵押物的问题。',
    '缺少抵押物但经营正常的小微企业；政府性融资担保费率较低。',
    ['向担保机构申请', '担保机构评审', '银行同步审批', '签订担保与借款合同'],
    '优先选择政府性融资担保机构，了解反担保要求。',
  ),
  r(
    'RECEIVABLES',
    I,
    '应收账款融资',
    '以对下游客户的应收账款质押或转让取得资金，可通过中征应收账款融资服务平台办理。',
    '对大企业、政府机关有稳定应收账款的供应商。',
    ['确认应收账款', '在服务平台登记', '资金提供方审核', '放款，回款后还款'],
    '确保应收账款真实、权属清晰，取得买方确认更易获批。',
  ),
  r(
    'SUPPLY_CHAIN',
    I,
    '供应链金融',
    '依托核心企业的信用，为其上下游中小企业提供订单融资、存货融资、票据融资等。',
    '处在大企业供应链中的配套企业。',
    ['核心企业确权', '金融机构审核交易背景', '在线放款', '随交易回款'],
    '交易背景须真实，注意电子凭证的流转规则。',
  ),
  r(
    'INTERNET',
    I,
    '互联网金融',
    '银行和持牌机构通过线上渠道，依据纳税、结算等数据发放的线上贷款。',
    '纳税信用良好、需要小额快速资金的小微企业。',
    ['线上授权数据', '系统自动审批', '线上签约放款'],
    '只使用持牌机构的产品，保护好企业数据授权。',
  ),
  r(
    'VENTURE_CAPITAL',
    D,
    '风险投资（创业投资）',
    '投资机构以股权方式投资初创和成长期企业，分享成长收益。',
    '技术领先、成长性高的科技型企业。',
    ['准备商业计划书', '接触投资机构与路演', '尽职调查与估值谈判', '签署投资协议、交割'],
    '关注估值、股权稀释和对赌条款，保持控制权。',
  ),
  r(
    'EQUITY',
    D,
    '股权融资（私募股权、区域性股权市场）',
    '向投资者出让部分股权筹集资金，可在区域性股权市场挂牌展示、融资。',
    '有一定规模、希望引入战略投资者的企业。',
    ['股份制改造或规范治理', '挂牌或寻找投资方', '定价与协议', '工商变更'],
    '股权融资无需还本，但会改变股权结构。',
  ),
  r(
    'CAPITAL_MARKET',
    D,
    '资本市场（新三板、北交所、科创板等上市）',
    '在证券交易所或全国股转系统公开发行股票融资。',
    '规范运作、业绩或创新能力达到上市标准的企业。',
    ['券商辅导与规范', '申报与审核注册', '发行上市', '持续信息披露'],
    '准备周期长、规范要求高，可先在区域性股权市场培育。',
  ),
]);
