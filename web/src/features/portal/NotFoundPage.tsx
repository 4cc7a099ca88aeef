import { usePageTitle } from '../../lib/page.js';
import { Link } from '../../lib/router.js';

export function NotFoundPage() {
  usePageTitle('页面不存在');
  return (
    <div className="container page page--narrow">
      <h1>页面不存在</h1>
      <p>您访问的页面不存在或已被移除。</p>
      <Link to="/" className="button button--secondary">
        返回首页
      </Link>
    </div>
  );
}
