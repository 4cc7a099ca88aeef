import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/index.js';
import { Link } from '../../lib/router.js';

/** The portal footer: the standard the platform follows and the site's 主办/承办单位, 备案号 and contact (empty ones not shown). */

export const SiteFooterQuery = graphql(`
  query SiteFooter {
    currentSite {
      id
      name
      footer {
        organizer
        operatorUnit
        icpRecord
        policeRecord
        phone
        email
        address
      }
    }
  }
`);

export const STANDARD = 'DB34/T 3727-2020《企业公共服务网络平台建设和管理规范》';

export function SiteFooterContent() {
  const { data } = useQuery(SiteFooterQuery, { errorPolicy: 'all' });
  const f = data?.currentSite.footer;
  const police = f?.policeRecord?.match(/\d{6,}/)?.[0];
  const units = [f?.organizer && `主办单位：${f.organizer}`, f?.operatorUnit && `承办单位：${f.operatorUnit}`].filter(Boolean);
  const contact = [f?.phone && `联系电话：${f.phone}`, f?.address && `地址：${f.address}`].filter(Boolean);
  return (
    <>
      {units.length ? (
        <p className="site-footer__lines" data-testid="footer-units">
          {units.map((u) => (
            <span key={u as string}>{u}</span>
          ))}
        </p>
      ) : null}
      {contact.length || f?.email ? (
        <p className="site-footer__lines" data-testid="footer-contact">
          {contact.map((c) => (
            <span key={c as string}>{c}</span>
          ))}
          {f?.email ? (
            <span>
              联系邮箱：<a href={`mailto:${f.email}`}>{f.email}</a>
            </span>
          ) : null}
        </p>
      ) : null}
      <p>依据 {STANDARD} 建设 · 为中小企业提供政策、融资、创业、人才、技术与管理咨询服务</p>
      {f?.icpRecord || f?.policeRecord ? (
        <p className="site-footer__lines" data-testid="footer-records">
          {f.icpRecord ? (
            <a href="https://beian.miit.gov.cn/" target="_blank" rel="noreferrer noopener">
              {f.icpRecord}
            </a>
          ) : null}
          {f.policeRecord ? (
            police ? (
              <a href={`https://beian.mps.gov.cn/#/query/webSearch?code=${police}`} target="_blank" rel="noreferrer noopener">
                {f.policeRecord}
              </a>
            ) : (
              <span>{f.policeRecord}</span>
            )
          ) : null}
        </p>
      ) : null}
      <p>
        <Link to="/notices">通知公告</Link> · <Link to="/help">使用指南</Link> · <Link to="/widgets">嵌入挂件</Link> · <Link to="/developers">开发者</Link>
      </p>
    </>
  );
}
