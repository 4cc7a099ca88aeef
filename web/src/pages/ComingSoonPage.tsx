import { COLUMN_LINKS } from '../lib/codes.js';
import { usePageTitle } from '../lib/page.js';
import { Link } from '../lib/router.js';

export function ComingSoonPage({ path }: { path: string }) {
  const column = COLUMN_LINKS.find((c) => c.path === path);
  const title = column?.label ?? '栏目';
  usePageTitle(title);
  return (
    <div className="container page page--narrow">
      <h1>{title}</h1>
      <div className="state state--empty">
        <p className="state__title">即将上线</p>
        <p>{column?.summary}</p>
        <p>该栏目正在建设中，敬请期待。</p>
        <Link to="/" className="button button--secondary">
          返回首页
        </Link>
      </div>
    </div>
  );
}
