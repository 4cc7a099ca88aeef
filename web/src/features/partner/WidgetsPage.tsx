import { createElement, useEffect, useState } from 'react';
import { usePageTitle } from '../../lib/page.js';
import './developers.css';

/** The widgets' script, served by this platform (web/widgets, built into dist/widgets/v1). */
const SCRIPT_PATH = '/widgets/v1/qifu.js';

interface WidgetDemo {
  tag: string;
  title: string;
  summary: string;
  attributes: Record<string, string>;
  notes: string;
}

const WIDGETS: WidgetDemo[] = [
  {
    tag: 'qifu-policy-search',
    title: '政策检索',
    summary: '检索框与结果列表；城市站点同时检索本市和全省政策（“仅省级”政策除外）。',
    attributes: { site: 'hefei' },
    notes: 'site：站点代码（如 hefei）；first：每页条数（1–50，默认 10）；placeholder：检索框提示文字。',
  },
  {
    tag: 'qifu-policy-list',
    title: '政策列表',
    summary: '按标签、发文部门或地区列出最新政策。',
    attributes: { site: 'hefei', tag: '专精特新', first: '5' },
    notes: 'tag：政策标签；department：发文部门；region：6 位行政区划代码；first：条数；heading：标题。',
  },
  {
    tag: 'qifu-activity-list',
    title: '活动列表',
    summary: '近期活动，每项附平台报名链接。',
    attributes: { site: 'hefei', first: '5' },
    notes: 'first：条数（默认 5）；heading：标题。',
  },
  {
    tag: 'qifu-demand-form',
    title: '创业需求表单',
    summary: '无需登录提交创业需求，提交后给出查询码，凭码在平台“创业服务”栏目查看办理进度。',
    attributes: { site: 'hefei' },
    notes: 'region：需求所在地区代码（默认为站点所在地区）。',
  },
];

const attrs = (a: Record<string, string>) =>
  Object.entries(a)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('');

/** Loads the widgets' script once into this page (same origin, so the page's CSP allows it). */
function useWidgetScript(): boolean {
  const [ready, setReady] = useState(() => typeof customElements !== 'undefined' && !!customElements.get('qifu-policy-search'));
  useEffect(() => {
    if (ready) return;
    let script = document.querySelector<HTMLScriptElement>(`script[src="${SCRIPT_PATH}"]`);
    if (!script) {
      script = document.createElement('script');
      script.src = SCRIPT_PATH;
      document.head.append(script);
    }
    const done = () => setReady(true);
    script.addEventListener('load', done);
    return () => script.removeEventListener('load', done);
  }, [ready]);
  return ready;
}

/** /widgets: every embeddable widget, live, with the snippet a government website pastes. */
export function WidgetsPage() {
  usePageTitle('嵌入挂件');
  const ready = useWidgetScript();
  const origin = window.location.origin;
  return (
    <div className="container page">
      <h1>嵌入挂件</h1>
      <p className="page__lead">
        政府网站和合作单位只需一个脚本标签即可在自己的页面嵌入平台的政策检索、政策列表、活动列表和创业需求表单。挂件不读取平台登录状态（请求不带
        Cookie），不使用内联脚本或 eval，可在严格的内容安全策略（CSP）下运行；界面可通过 CSS 自定义属性调整配色和字体。
      </p>
      <h2>第一步：引入脚本</h2>
      <pre className="code-block">
        <code>{`<script src="${origin}${SCRIPT_PATH}" defer></script>`}</code>
      </pre>
      <p>
        若页面设置了 CSP，请在 <code>script-src</code> 和 <code>connect-src</code> 中加入 <code>{origin}</code>
        ；嵌入网站的域名需由平台运营人员登记为允许的来源。
      </p>
      <h2>第二步：放置挂件</h2>
      {WIDGETS.map((w) => (
        <section key={w.tag} className="widget-demo" aria-labelledby={`widget-${w.tag}`}>
          <h3 id={`widget-${w.tag}`}>{w.title}</h3>
          <p>{w.summary}</p>
          <pre className="code-block">
            <code>{`<${w.tag}${attrs(w.attributes)}></${w.tag}>`}</code>
          </pre>
          <p className="muted">属性：{w.notes} 通用属性：endpoint（平台地址，默认为脚本所在地址）。</p>
          <div className="widget-demo__live" data-testid={`live-${w.tag}`}>
            {ready ? createElement(w.tag, w.attributes) : <p className="muted">正在加载挂件…</p>}
          </div>
        </section>
      ))}
      <h2>主题定制</h2>
      <pre className="code-block">
        <code>{`qifu-policy-search, qifu-policy-list, qifu-activity-list, qifu-demand-form {
  --qifu-primary: #0b5cad;   /* 主色：链接、按钮 */
  --qifu-text: #1f2937;      /* 文字 */
  --qifu-muted: #6b7280;     /* 次要文字 */
  --qifu-bg: #ffffff;        /* 背景 */
  --qifu-border: #e5e7eb;    /* 边框 */
  --qifu-radius: 8px;        /* 圆角 */
  --qifu-font: "Microsoft YaHei", sans-serif;
}`}</code>
      </pre>
    </div>
  );
}
