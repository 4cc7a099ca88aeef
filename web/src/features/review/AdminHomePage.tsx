import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Gate, isEditor } from '../../components/gate.js';
import { EmptyState } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, useLocation } from '../../lib/router.js';
import { REVIEW_KINDS, type ReviewKind } from './kinds.js';

const PendingCounts = graphql(`
  query PendingCounts {
    enterprises(filter: { status: PENDING }, first: 1) {
      totalCount
    }
    institutions(filter: { status: PENDING }, first: 1) {
      totalCount
    }
    serviceProducts(filter: { status: UNDER_REVIEW }, first: 1) {
      totalCount
    }
    activities(filter: { status: UNDER_REVIEW }, first: 1) {
      totalCount
    }
    demands(filter: { status: UNDER_REVIEW }, first: 1) {
      totalCount
    }
  }
`);

/** Operators and reviewers see the page; others get a plain explanation instead (the shared viewer gate). */
export function StaffOnly({ title, children }: { title: string; children: ReactNode }) {
  const { path } = useLocation();
  return (
    <Gate
      next={path}
      allowed={isEditor}
      refusal={
        <div className="container page page--narrow">
          <h1>{title}</h1>
          <EmptyState title="您没有运营后台的权限">
            <p>运营后台仅向平台运营人员和审核人员开放。</p>
          </EmptyState>
        </div>
      }
    >
      {() => children}
    </Gate>
  );
}

function ConsoleHome() {
  const { data } = useQuery(PendingCounts, { fetchPolicy: 'cache-and-network', errorPolicy: 'all' });
  const counts: Record<ReviewKind, number | undefined> = {
    enterprises: data?.enterprises?.totalCount,
    institutions: data?.institutions?.totalCount,
    products: data?.serviceProducts?.totalCount,
    activities: data?.activities?.totalCount,
    demands: data?.demands?.totalCount,
  };
  return (
    <div className="container page">
      <h1>运营后台</h1>
      <p className="page__lead">审核、政策采编、统计分析、搜索运营与服务时限。</p>
      <section className="section" aria-labelledby="console-reviews">
        <h2 id="console-reviews">待审核</h2>
        <ul className="card-grid">
          {REVIEW_KINDS.map((k) => (
            <li key={k.kind}>
              <Link to={`/admin/reviews/${k.kind}`} className="card console-card" aria-label={`${k.label}：${counts[k.kind] ?? '—'} 项待审核`}>
                <span className="console-card__count">{counts[k.kind] ?? '—'}</span>
                <span>{k.label}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section className="section" aria-labelledby="console-more">
        <h2 id="console-more">运营工作</h2>
        <ul className="card-grid">
          <li>
            <Link to="/admin/policies" className="card console-card">
              <strong>政策采编与审核</strong>
              <span>编辑、提交、审核、发布政策，拆解申报条件。</span>
            </Link>
          </li>
          <li>
            <Link to="/admin/notices" className="card console-card">
              <strong>通知公告</strong>
              <span>撰写、发布、撤回首页的通知公告。</span>
            </Link>
          </li>
          <li>
            <Link to="/admin/statistics" className="card console-card">
              <strong>统计分析</strong>
              <span>各栏目需求、响应时限、办结与评价，支持导出。</span>
            </Link>
          </li>
          <li>
            <Link to="/admin/search" className="card console-card">
              <strong>搜索运营</strong>
              <span>热门搜索词、零结果搜索词与概念表维护。</span>
            </Link>
          </li>
          <li>
            <Link to="/admin/docking-sla" className="card console-card">
              <strong>对接时限默认值</strong>
              <span>平台默认的首次响应、回复与办结时限。</span>
            </Link>
          </li>
          <li>
            <Link to="/admin/partners" className="card console-card">
              <strong>合作应用</strong>
              <span>接入接口的合作方应用、授权范围与配额（系统管理员维护）。</span>
            </Link>
          </li>
          <li>
            <Link to="/help/operations" className="card console-card">
              <strong>运营指南</strong>
              <span>审核标准、服务时限与统计口径说明。</span>
            </Link>
          </li>
        </ul>
      </section>
    </div>
  );
}

export function AdminHomePage() {
  usePageTitle('运营后台');
  return (
    <StaffOnly title="运营后台">
      <ConsoleHome />
    </StaffOnly>
  );
}
