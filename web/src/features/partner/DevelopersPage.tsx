/// <reference types="vite/client" />
import { Component, lazy, Suspense, useState, type ReactNode } from 'react';
import sdl from '../../../../schema/schema.graphql?raw';
import { usePageTitle } from '../../lib/page.js';
import { SchemaBrowser } from './SchemaBrowser.js';
import './developers.css';

// GraphiQL (with Monaco) is its own chunk, fetched only when a developer opens it; the SDL browser stays the fallback.
const GraphiQLPanel = lazy(() => import('./GraphiQLPanel.js'));

/** Shows `fallback` when GraphiQL's chunk or its workers cannot load (offline, blocked, old browser). */
class GraphiQLBoundary extends Component<{ children: ReactNode; fallback: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function Playground() {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <p>
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          打开 GraphiQL 在线调试
        </button>{' '}
        <span className="muted">按 Schema 自动补全和校验，结果即时显示（编辑器约数 MB，点击后加载）。</span>
      </p>
    );
  }
  return (
    <GraphiQLBoundary
      fallback={
        <p className="state state--error" role="alert">
          GraphiQL 加载失败，请使用下方的 Schema 浏览器。
        </p>
      }
    >
      <Suspense fallback={<p role="status">正在加载 GraphiQL…</p>}>
        <GraphiQLPanel sdl={sdl} />
      </Suspense>
    </GraphiQLBoundary>
  );
}

// The schema change log, when the repository has one (docs/schema-changelog.md); absent → the section says so.
const changelog = Object.values(import.meta.glob<string>('../../../../docs/schema-changelog.md', { query: '?raw', import: 'default', eager: true }))[0];

const QUERY = 'query($q: String!) { search(input: { query: $q, kinds: ["policy"], first: 5 }) { totalCount hits { nodes { id title url } } } }';

function examples(origin: string): Record<string, string> {
  return {
    curl: `# 1. 换取访问令牌（OAuth 2.0 客户端凭证模式，RFC 6749 §4.4）
curl -s -X POST ${origin}/oauth/token \\
  -d grant_type=client_credentials -d client_id=$CLIENT_ID -d client_secret=$CLIENT_SECRET -d scope=public:read

# 2. 调用 GraphQL（X-Qifu-Site 选择站点，如 hefei）
curl -s -X POST ${origin}/graphql \\
  -H 'Content-Type: application/json' -H "Authorization: Bearer $ACCESS_TOKEN" -H 'X-Qifu-Site: hefei' \\
  -d '{"query":"${QUERY.replace(/"/g, '\\"')}","variables":{"q":"专精特新"}}'`,
    Python: `import requests

BASE = "${origin}"
token = requests.post(f"{BASE}/oauth/token", data={
    "grant_type": "client_credentials", "client_id": CLIENT_ID,
    "client_secret": CLIENT_SECRET, "scope": "public:read",
}, timeout=10).json()["access_token"]

res = requests.post(f"{BASE}/graphql", json={
    "query": ${JSON.stringify(QUERY)},
    "variables": {"q": "专精特新"},
}, headers={"Authorization": f"Bearer {token}", "X-Qifu-Site": "hefei"}, timeout=10)
for hit in res.json()["data"]["search"]["hits"]["nodes"]:
    print(hit["title"])`,
    Java: `import java.net.URI;
import java.net.URLEncoder;
import java.net.http.*;
import static java.nio.charset.StandardCharsets.UTF_8;

var http = HttpClient.newHttpClient();
var form = "grant_type=client_credentials&scope=public:read&client_id=" + URLEncoder.encode(clientId, UTF_8)
    + "&client_secret=" + URLEncoder.encode(clientSecret, UTF_8);
var tokenResponse = http.send(HttpRequest.newBuilder(URI.create("${origin}/oauth/token"))
    .header("Content-Type", "application/x-www-form-urlencoded")
    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
String accessToken = /* 用任意 JSON 库读取 access_token */ parseAccessToken(tokenResponse.body());

var body = """
    {"query": ${JSON.stringify(QUERY)}, "variables": {"q": "专精特新"}}
    """;
var res = http.send(HttpRequest.newBuilder(URI.create("${origin}/graphql"))
    .header("Content-Type", "application/json").header("Authorization", "Bearer " + accessToken)
    .header("X-Qifu-Site", "hefei")
    .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8)).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
System.out.println(res.body());`,
    JavaScript: `// Node 18+ 或浏览器（浏览器中不要暴露 client_secret：服务端换取令牌）
const token = await fetch('${origin}/oauth/token', {
  method: 'POST',
  body: new URLSearchParams({ grant_type: 'client_credentials', client_id: CLIENT_ID, client_secret: CLIENT_SECRET, scope: 'public:read' }),
}).then((r) => r.json());

const res = await fetch('${origin}/graphql', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Authorization: \`Bearer \${token.access_token}\`, 'X-Qifu-Site': 'hefei' },
  body: JSON.stringify({ query: ${JSON.stringify(QUERY)}, variables: { q: '专精特新' } }),
});
const { data } = await res.json();
console.log(data.search.hits.nodes.map((h) => h.title));`,
  };
}

/** Verifying a webhook delivery (X-Qifu-Signature: t=<ts>,v1=<HMAC-SHA256(secret, ts + "." + body)>[,sm3=…]). */
const WEBHOOK_EXAMPLES: Record<string, string> = {
  JavaScript: `// Node 18+（Express 等须取得原始请求体字节，不能先 JSON.parse 再序列化）
import { createHmac, timingSafeEqual } from 'node:crypto';

// X-Qifu-Webhook-Id 在重试和重放时不变：已处理过的 id 直接回 2xx（去重）
export function verifyQifuWebhook(rawBody, headers, secret) {
  const parts = Object.fromEntries(String(headers['x-qifu-signature']).split(',').map((kv) => kv.split('=')));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > 300) return false; // 时间戳超出 ±300 秒
  const expected = createHmac('sha256', secret).update(\`\${parts.t}.\${rawBody}\`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  // 国密：订阅时选择 sm3 后，可同样校验 createHmac('sm3', secret) 与 parts.sm3
  return given.length === expected.length && timingSafeEqual(given, expected);
}`,
  Python: `import hashlib, hmac, time

# X-Qifu-Webhook-Id 在重试和重放时不变：已处理过的 id 直接回 2xx（去重）
def verify_qifu_webhook(raw_body: bytes, headers, secret: str) -> bool:
    parts = dict(kv.split("=", 1) for kv in headers["X-Qifu-Signature"].split(","))
    t = parts.get("t", "")
    if not t.isdigit() or abs(time.time() - int(t)) > 300:   # 时间戳超出 ±300 秒
        return False
    signed = t.encode() + b"." + raw_body
    expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    # 国密 SM3：hmac.new(secret.encode(), signed, "sm3")（OpenSSL 支持 SM3 时）与 parts["sm3"] 比较
    return hmac.compare_digest(expected, parts.get("v1", ""))`,
};

/** /developers: what a partner developer needs: the schema with descriptions, how to get a client, examples, changes. */
export function DevelopersPage() {
  usePageTitle('开发者');
  const all = examples(window.location.origin);
  const [lang, setLang] = useState('curl');
  return (
    <div className="container page">
      <h1>开发者</h1>
      <p className="page__lead">
        平台的全部能力通过一个 GraphQL 接口（<code>POST /graphql</code>
        ）开放：任何语言、任何客户端都可以调用。公开数据（政策、服务产品、活动、机构、检索）无需登录即可读取；
        企业自有数据须经企业授权。每个请求都受大小、深度、别名和成本限制，列表每页最多 100 条。
      </p>

      <h2>获取接入凭证</h2>
      <ol>
        <li>
          向平台运营方提出申请，由运营人员在运营后台登记您的应用：名称、联系人、所属站点、权限范围（如公开数据只读、经企业授权读取企业数据、代用户提交需求）、调用配额、允许的来源域名和回调地址。
        </li>
        <li>登记后获得 client_id 和 client_secret（密钥只显示一次，平台仅保存其摘要，可轮换，新旧密钥有重叠期）。</li>
        <li>
          服务端以 OAuth 2.0 客户端凭证模式换取短期访问令牌：<code>POST /oauth/token</code>（<code>grant_type=client_credentials</code>），再以
          <code>Authorization: Bearer 令牌</code> 调用 <code>/graphql</code>。需要国密的合作方可对请求做 SM3-HMAC 或 SM2 签名。
        </li>
        <li>
          用 <code>X-Qifu-Site</code> 请求头（如 <code>hefei</code>）选择站点：城市站点同时返回本市和全省的公开内容（运营人员标为“仅省级”的除外），筛选条件
          <code>ownSiteOnly</code>（检索为 <code>siteScope: OWN</code>）只看本市。
        </li>
        <li>
          网页中嵌入平台内容请使用 <a href="/widgets">嵌入挂件</a>。
        </li>
      </ol>

      <h2>调用示例</h2>
      <div className="tabs-inline" role="tablist" aria-label="示例语言">
        {Object.keys(all).map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={k === lang}
            aria-controls="example-code"
            className="button button--secondary"
            onClick={() => setLang(k)}
          >
            {k}
          </button>
        ))}
      </div>
      <pre className="code-block" id="example-code" role="tabpanel" aria-label={`${lang} 示例`}>
        <code>{all[lang]}</code>
      </pre>

      <h2>Webhook 事件推送</h2>
      <p>
        应用可用自己的访问令牌调用 <code>webhookSubscriptionCreate</code>
        ，把登记过的回调地址订阅到事件：政策发布（POLICY_PUBLISHED）、政策修订（POLICY_REVISED）、活动发布或变更（ACTIVITY_CHANGED），
        以及需“企业授权数据”范围的对接状态（DOCKING_STATUS_CHANGED）和诉求承接方案（DEMAND_OFFER）。每次推送是一个 JSON 的 POST，带
        <code>X-Qifu-Webhook-Id</code>（重试时不变）、<code>X-Qifu-Webhook-Timestamp</code>、<code>X-Qifu-Event</code> 和
        <code>X-Qifu-Signature: t=时间戳,v1=HMAC-SHA256</code>（选择国密时另有 <code>sm3=HMAC-SM3</code>），密钥为订阅时只显示一次的
        secret，签名内容为“时间戳.请求体”。 5 秒内回 2xx 即为送达；超时、重定向和其他状态码按退避重试，用尽后可在投递记录（<code>webhookDeliveries</code>
        ）中重放（<code>webhookDeliveryReplay</code>）。
      </p>
      {Object.entries(WEBHOOK_EXAMPLES).map(([name, code]) => (
        <section key={name}>
          <h3>{name} 验签示例</h3>
          <pre className="code-block">
            <code>{code}</code>
          </pre>
        </section>
      ))}

      <h2>接口结构（Schema）</h2>
      <p>
        以下是完整的 GraphQL Schema，每个类型和字段都附有说明（含权限和限制）；SDL 文件见源码仓库的 <code>schema/schema.graphql</code>，可用于代码生成。
      </p>
      <Playground />
      <SchemaBrowser sdl={sdl} />

      <h2>Schema 变更记录</h2>
      {changelog ? (
        <pre className="code-block">
          <code>{changelog}</code>
        </pre>
      ) : (
        <p className="muted">暂无变更记录。破坏性变更会提前在此公告。</p>
      )}
    </div>
  );
}
