import { useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import { ENTERPRISE_STATUS_LABELS, QUALIFICATION_OPTIONS, REGION_GROUPS, SIZE_CLASS_LABELS } from '../../lib/codes.js';
import { describeRequestError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, useLocation } from '../../lib/router.js';

export const EnterpriseDetailFragment = graphql(`
  fragment EnterpriseDetail on Enterprise {
    id
    name
    uscc
    regionCode
    regionName
    industryCode
    industryName
    establishedOn
    employees
    revenue
    totalAssets
    sizeClass
    sizeClasses
    qualifications
    qualificationDetails {
      code
      name
      validFrom
      validTo
      count
      verifiedAt
    }
    rdRatio
    taxCreditGrade
    contactName
    contactPhone
    contactEmail
    status
    reviewReason
    reviewedAt
    createdAt
  }
`);

const MyEnterpriseQuery = graphql(`
  query MyEnterprise {
    me {
      id
      displayName
      enterpriseRole
      enterprise {
        ...EnterpriseDetail
      }
    }
  }
`);

const MyEnterpriseReviewedSubscription = graphql(`
  subscription MyEnterpriseReviewed {
    myEnterpriseReviewed {
      status
      reason
      at
      enterprise {
        ...EnterpriseDetail
      }
    }
  }
`);

const money = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const dateTime = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short' });

/** The full label offered at registration (合肥市蜀山区), else the API's name of the division. */
function regionLabel(code: string, name: string | null): string {
  for (const g of REGION_GROUPS) {
    const option = g.options.find((o) => o.value === code);
    if (option) return option.label.replace('（市本级）', '');
  }
  return name ?? code;
}

/** 项 for counted kinds (有效发明专利 3项). */
function countUnit(code: string): string {
  return QUALIFICATION_OPTIONS.find((q) => q.value === code)?.countUnit ?? '项';
}

/** （有效期2025-01-01至2027-12-31）, （有效期至…）, （有效期自…起）, or nothing. */
function validity(from: string | null | undefined, to: string | null | undefined): string {
  if (from && to) return `（有效期${from}至${to}）`;
  if (to) return `（有效期至${to}）`;
  return from ? `（有效期自${from}起）` : '';
}

function qualificationLabel(code: string): string {
  return QUALIFICATION_OPTIONS.find((q) => q.value === code)?.label ?? code;
}

export function EnterprisePage() {
  usePageTitle('我的企业');
  // Status changes when an operator reviews it, so always ask the server as well.
  const { data, loading, error, refetch } = useQuery(MyEnterpriseQuery, { fetchPolicy: 'cache-and-network' });
  const [announcement, setAnnouncement] = useState('');
  const saved = useLocation().query.has('saved');
  // Review decisions arrive live over graphql-ws; the enterprise in the event updates the cached one.
  useSubscription(MyEnterpriseReviewedSubscription, {
    skip: !data?.me?.enterprise,
    onData: ({ data: event }) => {
      const status = event.data?.myEnterpriseReviewed.status;
      if (status) setAnnouncement(`审核结果已更新：${ENTERPRISE_STATUS_LABELS[status]}`);
    },
  });

  let body;
  if (loading && !data) body = <Loading />;
  else if (error && !data) body = <ErrorState message={`企业信息加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  else if (!data?.me) {
    body = (
      <EmptyState title="请先登录">
        <p>登录后可查看和登记您的企业。</p>
        <Link to="/login?next=/enterprise" className="button button--primary">
          登录
        </Link>
      </EmptyState>
    );
  } else if (!data.me.enterprise) {
    body = (
      <EmptyState title="您尚未登记企业">
        <p>登记企业信息并通过平台审核后，即可申请政策、融资等各类服务。</p>
        <Link to="/enterprise/register" className="button button--primary">
          登记企业
        </Link>
      </EmptyState>
    );
  } else {
    const e = data.me.enterprise;
    body = (
      <article className="panel enterprise" aria-labelledby="enterprise-name">
        <header className="enterprise__head">
          <h2 id="enterprise-name">{e.name}</h2>
          <p className={`badge badge--${e.status.toLowerCase()}`} data-testid="enterprise-status">
            {ENTERPRISE_STATUS_LABELS[e.status]}
          </p>
        </header>
        {saved ? (
          <p className="notice notice--success" role="status" data-testid="enterprise-saved">
            企业信息已保存。
          </p>
        ) : null}
        {e.status === 'PENDING' ? <p className="notice">企业信息已提交，平台运营人员审核后将通知您。</p> : null}
        {e.status === 'REJECTED' ? (
          <div className="notice notice--error" role="note">
            <p>
              <strong>驳回理由：</strong>
              {e.reviewReason || '未填写'}
            </p>
            <p>请根据驳回理由核实企业信息后联系平台运营人员。</p>
          </div>
        ) : null}
        {e.status === 'VERIFIED' && e.reviewReason ? (
          <p className="notice">
            <strong>审核意见：</strong>
            {e.reviewReason}
          </p>
        ) : null}
        <dl className="facts">
          <div>
            <dt>统一社会信用代码</dt>
            <dd className="mono">{e.uscc}</dd>
          </div>
          <div>
            <dt>企业规模</dt>
            <dd data-testid="enterprise-size">
              {e.sizeClass ? SIZE_CLASS_LABELS[e.sizeClass] : `待定（可能为${e.sizeClasses.map((c) => SIZE_CLASS_LABELS[c]).join('或')}，补充规模指标后确定）`}
            </dd>
          </div>
          <div>
            <dt>所在地区</dt>
            <dd>{regionLabel(e.regionCode, e.regionName)}</dd>
          </div>
          <div>
            <dt>所属行业</dt>
            <dd>{e.industryName ? `${e.industryName}（${e.industryCode}）` : e.industryCode}</dd>
          </div>
          <div>
            <dt>成立日期</dt>
            <dd>{e.establishedOn ?? '未申报'}</dd>
          </div>
          <div>
            <dt>从业人员</dt>
            <dd>{e.employees == null ? '未申报' : `${e.employees} 人`}</dd>
          </div>
          <div>
            <dt>营业收入</dt>
            <dd>{e.revenue == null ? '未申报' : `${money.format(e.revenue)} 万元`}</dd>
          </div>
          <div>
            <dt>资产总额</dt>
            <dd>{e.totalAssets == null ? '未申报' : `${money.format(e.totalAssets)} 万元`}</dd>
          </div>
          <div>
            <dt>资质</dt>
            <dd data-testid="enterprise-qualifications">
              {e.qualifications == null
                ? '未申报'
                : e.qualifications.length
                  ? e.qualificationDetails
                      .map(
                        (q) =>
                          `${q.name}${q.count != null ? ` ${q.count}${countUnit(q.code)}` : ''}${validity(q.validFrom, q.validTo)}${q.verifiedAt ? '·已核实' : ''}`,
                      )
                      .concat(e.qualifications.filter((c) => !e.qualificationDetails.some((q) => q.code === c)).map(qualificationLabel))
                      .join('、')
                  : '无'}
            </dd>
          </div>
          <div>
            <dt>研发投入占比</dt>
            <dd data-testid="enterprise-rd-ratio">{e.rdRatio === null || e.rdRatio === undefined ? '未填报' : `${e.rdRatio}%`}</dd>
          </div>
          <div>
            <dt>纳税信用等级</dt>
            <dd data-testid="enterprise-tax-grade">{e.taxCreditGrade ? `${e.taxCreditGrade}级` : '未填报'}</dd>
          </div>
          <div>
            <dt>联系人</dt>
            <dd>{e.contactName}</dd>
          </div>
          <div>
            <dt>联系电话</dt>
            <dd>{e.contactPhone}</dd>
          </div>
          <div>
            <dt>联系邮箱</dt>
            <dd>{e.contactEmail || '未填写'}</dd>
          </div>
          <div>
            <dt>登记时间</dt>
            <dd>{dateTime.format(new Date(e.createdAt))}</dd>
          </div>
          {e.reviewedAt ? (
            <div>
              <dt>审核时间</dt>
              <dd>{dateTime.format(new Date(e.reviewedAt))}</dd>
            </div>
          ) : null}
        </dl>
        <p className="hint">
          企业规模由平台按《中小企业划型标准规定》根据所属行业、从业人员、营业收入和资产总额自动计算。研发投入占比和纳税信用等级为企业自报，用于政策精准匹配。
        </p>
        {data.me.enterpriseRole === 'OWNER' ? (
          <p>
            <Link to="/enterprise/edit" className="button button--secondary">
              编辑企业信息
            </Link>
          </p>
        ) : null}
      </article>
    );
  }

  return (
    <div className="container page">
      <h1>我的企业</h1>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {body}
    </div>
  );
}
