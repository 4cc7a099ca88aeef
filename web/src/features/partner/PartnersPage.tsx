import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { focusFirstInvalid, FormAlert, SelectField, TextAreaField, TextField } from '../../components/forms.js';
import { Gate, type Me } from '../../components/gate.js';
import { useFetchMore } from '../../components/paging.js';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import type { ApiClientsQuery, ClientScope, PartnerClientFieldsFragment } from '../../gql/graphql.js';
import { ClientScopeLabel } from '../../gql/labels.js';
import { formatDateTime } from '../../lib/codes.js';
import { describeRequestError, groupErrors, hasErrors, NO_ERRORS, type FormErrors, type UserError } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, useLocation } from '../../lib/router.js';

export const PartnerClientFieldsDoc = graphql(`
  fragment PartnerClientFields on ApiClient {
    id
    clientId
    name
    contact
    scopes
    requestsPerMinute
    allowedOrigins
    webhookUrls
    createdAt
    revokedAt
    site {
      id
      name
    }
    secrets {
      createdAt
      expiresAt
    }
  }
`);

const ApiClientsQueryDoc = graphql(`
  query ApiClients($after: String, $includeRevoked: Boolean) {
    apiClients(first: 20, after: $after, includeRevoked: $includeRevoked) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...PartnerClientFields
      }
    }
    sites {
      id
      name
    }
  }
`);

const CreateClient = graphql(`
  mutation PartnerClientCreate($input: ApiClientCreateInput!) {
    apiClientCreate(input: $input) {
      client {
        ...PartnerClientFields
      }
      secret
      errors {
        code
        field
        message
      }
    }
  }
`);

const UpdateClient = graphql(`
  mutation PartnerClientUpdate($input: ApiClientUpdateInput!) {
    apiClientUpdate(input: $input) {
      client {
        ...PartnerClientFields
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const RotateSecret = graphql(`
  mutation PartnerClientRotate($input: ApiClientSecretRotateInput!) {
    apiClientSecretRotate(input: $input) {
      client {
        ...PartnerClientFields
      }
      secret
      errors {
        code
        field
        message
      }
    }
  }
`);

const RevokeClient = graphql(`
  mutation PartnerClientRevoke($id: ID!) {
    apiClientRevoke(id: $id) {
      client {
        ...PartnerClientFields
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

type Client = PartnerClientFieldsFragment;
type Site = ApiClientsQuery['sites'][number];

/** `DateTimeISO` (the API's ISO 8601 text) is not among codegen's mapped scalars. */
const at = (v: unknown) => formatDateTime(v as string | null);

const SCOPES = Object.keys(ClientScopeLabel) as ClientScope[];
const FIELDS = ['name', 'contact', 'siteId', 'scopes', 'requestsPerMinute', 'allowedOrigins', 'webhookUrls'];
const isSystemAdmin = (me: Me) => me.roles.includes('SYSTEM_ADMIN');
const mayManage = (me: Me) => me.roles.includes('SYSTEM_ADMIN') || me.roles.includes('SECURITY_ADMIN');

/** `allowedOrigins.2` is reported against the field `allowedOrigins`. */
const byField = (errors: readonly UserError[]): FormErrors =>
  groupErrors(
    errors.map((e) => ({ ...e, field: e.field?.split('.')[0] ?? null })),
    FIELDS,
  );

const lines = (text: string) =>
  text
    .split(/[\s,，]+/)
    .map((s) => s.trim())
    .filter(Boolean);

interface Draft {
  name: string;
  contact: string;
  siteId: string;
  scopes: ClientScope[];
  requestsPerMinute: string;
  allowedOrigins: string;
  webhookUrls: string;
}

const draftOf = (c: Client | null, siteId: string): Draft => ({
  name: c?.name ?? '',
  contact: c?.contact ?? '',
  siteId: c?.site.id ?? siteId,
  scopes: (c?.scopes ?? ['PUBLIC_READ']) as ClientScope[],
  requestsPerMinute: String(c?.requestsPerMinute ?? 600),
  allowedOrigins: c?.allowedOrigins.join('\n') ?? '',
  webhookUrls: c?.webhookUrls.join('\n') ?? '',
});

/** The secret, shown once with a copy button (it is never shown again: only its hash is kept). */
function SecretOnce({ name, secret, clientId, onDone }: { name: string; secret: string; clientId: string; onDone: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  }
  return (
    <section className="card partner-secret" role="status" aria-labelledby="partner-secret-title">
      <h2 id="partner-secret-title">“{name}”的客户端密钥</h2>
      <p>
        <strong>此密钥只显示这一次</strong>，平台只保存其摘要。请立即复制，并通过安全渠道交给合作方。
      </p>
      <dl className="partner-secret__values">
        <dt>client_id</dt>
        <dd>
          <code>{clientId}</code>
        </dd>
        <dt>client_secret</dt>
        <dd>
          <code data-testid="partner-secret">{secret}</code>
        </dd>
      </dl>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          复制密钥
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          我已妥善保存
        </button>
      </div>
      <p aria-live="polite" className="hint">
        {copied === 'yes' ? '已复制到剪贴板。' : copied === 'no' ? '浏览器不允许复制，请手动选中密钥复制。' : ''}
      </p>
    </section>
  );
}

function ClientForm({
  client,
  sites,
  onDone,
  onCancel,
}: {
  client: Client | null;
  sites: readonly Site[];
  onDone: (result: { client: Client; secret?: string | null }) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(client, sites[0]?.id ?? ''));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [create, creating] = useMutation(CreateClient);
  const [update, updating] = useMutation(UpdateClient);
  const formRef = useRef<HTMLFormElement>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const perMinute = Number(draft.requestsPerMinute);
    const fields = {
      name: draft.name,
      contact: draft.contact,
      scopes: draft.scopes,
      requestsPerMinute: Number.isInteger(perMinute) ? perMinute : -1,
      allowedOrigins: lines(draft.allowedOrigins),
      webhookUrls: lines(draft.webhookUrls),
    };
    try {
      if (client) {
        const r = await update({ variables: { input: { id: client.id, ...fields } } });
        const payload = r.data?.apiClientUpdate;
        const found = byField(payload?.errors ?? []);
        setErrors(found);
        if (hasErrors(found)) return requestAnimationFrame(() => focusFirstInvalid(formRef.current));
        if (payload?.client) onDone({ client: payload.client });
      } else {
        const r = await create({ variables: { input: { ...fields, siteId: draft.siteId } } });
        const payload = r.data?.apiClientCreate;
        const found = byField(payload?.errors ?? []);
        setErrors(found);
        if (hasErrors(found)) return requestAnimationFrame(() => focusFirstInvalid(formRef.current));
        if (payload?.client) onDone({ client: payload.client, secret: payload.secret });
      }
    } catch (err) {
      setErrors({ fields: {}, form: [`保存失败。${describeRequestError(err)}`] });
    }
  }

  const busy = creating.loading || updating.loading;
  const title = client ? `编辑“${client.name}”` : '登记合作应用';
  return (
    <form ref={formRef} className="card form partner-form" onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
      <h2>{title}</h2>
      <FormAlert messages={errors.form} />
      <div className="form-grid">
        <TextField name="name" label="应用名称" value={draft.name} onValueChange={(v) => set('name', v)} required maxLength={100} errors={errors.fields.name} />
        <TextField
          name="contact"
          label="联系人"
          value={draft.contact}
          onValueChange={(v) => set('contact', v)}
          required
          maxLength={200}
          hint="姓名、电话或邮箱"
          errors={errors.fields.contact}
        />
        {client ? null : (
          <SelectField
            name="siteId"
            label="所属站点"
            value={draft.siteId}
            onValueChange={(v) => set('siteId', v)}
            groups={[{ label: '站点', options: sites.map((s) => ({ value: s.id, label: s.name })) }]}
            placeholder="请选择站点"
            required
            errors={errors.fields.siteId}
          />
        )}
        <TextField
          name="requestsPerMinute"
          label="每分钟请求上限"
          type="number"
          inputMode="numeric"
          min={1}
          max={100000}
          value={draft.requestsPerMinute}
          onValueChange={(v) => set('requestsPerMinute', v)}
          required
          hint="1 到 100000，超出返回 429"
          errors={errors.fields.requestsPerMinute}
        />
      </div>
      <fieldset className="form-section">
        <legend>授权范围</legend>
        <div className="checkbox-grid">
          {SCOPES.map((s) => (
            <label key={s} className="checkbox">
              <input
                type="checkbox"
                name="scopes"
                value={s}
                checked={s === 'PUBLIC_READ' || draft.scopes.includes(s)}
                disabled={s === 'PUBLIC_READ'}
                onChange={(e) => set('scopes', e.target.checked ? [...draft.scopes, s] : draft.scopes.filter((x) => x !== s))}
              />
              <span>{ClientScopeLabel[s]}</span>
            </label>
          ))}
        </div>
        <p className="hint">公开数据只读始终包含；企业授权数据还需企业负责人同意；代用户提交尚未开放。</p>
      </fieldset>
      <div className="form-grid">
        <TextAreaField
          name="allowedOrigins"
          label="允许的浏览器来源"
          value={draft.allowedOrigins}
          onValueChange={(v) => set('allowedOrigins', v)}
          rows={3}
          hint="每行一个，如 https://app.example.cn，最多 20 个"
          errors={errors.fields.allowedOrigins}
        />
        <TextAreaField
          name="webhookUrls"
          label="回调地址（Webhook）"
          value={draft.webhookUrls}
          onValueChange={(v) => set('webhookUrls', v)}
          rows={3}
          hint="每行一个 https 地址，最多 10 个"
          errors={errors.fields.webhookUrls}
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? '正在保存…' : client ? '保存修改' : '登记并生成密钥'}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}

type Confirming = { id: string; action: 'rotate' | 'revoke' } | null;

function ClientRow({
  client,
  admin,
  onEdit,
  onSecret,
}: {
  client: Client;
  admin: boolean;
  onEdit: () => void;
  onSecret: (name: string, clientId: string, secret: string) => void;
}) {
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [overlap, setOverlap] = useState('1440');
  const [message, setMessage] = useState('');
  const [rotate, rotating] = useMutation(RotateSecret);
  const [revoke, revoking] = useMutation(RevokeClient);

  async function run() {
    setMessage('');
    try {
      if (confirming?.action === 'rotate') {
        const r = await rotate({ variables: { input: { id: client.id, overlapMinutes: Number(overlap) } } });
        const p = r.data?.apiClientSecretRotate;
        if (p?.errors.length) return setMessage(p.errors.map((e) => e.message).join('；'));
        if (p?.secret) onSecret(client.name, client.clientId, p.secret);
      } else {
        const r = await revoke({ variables: { id: client.id } });
        const p = r.data?.apiClientRevoke;
        if (p?.errors.length) return setMessage(p.errors.map((e) => e.message).join('；'));
        setMessage('已吊销：该应用的令牌和签名请求即刻失效。');
      }
      setConfirming(null);
    } catch (err) {
      setMessage(`操作失败。${describeRequestError(err)}`);
    }
  }

  const busy = rotating.loading || revoking.loading;
  const current = client.secrets.find((s) => !s.expiresAt);
  return (
    <li className="card partner-card" aria-labelledby={`partner-${client.clientId}`}>
      <div className="partner-card__head">
        <h3 id={`partner-${client.clientId}`}>{client.name}</h3>
        <span className={`badge${client.revokedAt ? ' badge--muted' : ''}`}>{client.revokedAt ? `已吊销 ${at(client.revokedAt)}` : '有效'}</span>
      </div>
      <dl className="partner-card__facts">
        <dt>client_id</dt>
        <dd>
          <code>{client.clientId}</code>
        </dd>
        <dt>站点</dt>
        <dd>{client.site.name}</dd>
        <dt>联系人</dt>
        <dd>{client.contact}</dd>
        <dt>授权范围</dt>
        <dd>{client.scopes.map((s) => ClientScopeLabel[s]).join('、')}</dd>
        <dt>每分钟上限</dt>
        <dd>{client.requestsPerMinute}</dd>
        <dt>允许来源</dt>
        <dd>{client.allowedOrigins.length ? client.allowedOrigins.join('、') : '无'}</dd>
        <dt>回调地址</dt>
        <dd>{client.webhookUrls.length ? client.webhookUrls.join('、') : '无'}</dd>
        <dt>密钥</dt>
        <dd>
          {current ? `当前密钥生成于 ${at(current.createdAt)}` : '无有效密钥'}
          {client.secrets
            .filter((s) => s.expiresAt)
            .map((s) => (
              <span key={String(s.createdAt)}>；旧密钥有效至 {at(s.expiresAt)}</span>
            ))}
        </dd>
      </dl>
      {client.revokedAt ? null : confirming ? (
        <div
          className="partner-confirm"
          role="group"
          aria-label={confirming.action === 'rotate' ? `确认更换“${client.name}”的密钥` : `确认吊销“${client.name}”`}
        >
          {confirming.action === 'rotate' ? (
            <label>
              旧密钥保留
              <select value={overlap} onChange={(e) => setOverlap(e.target.value)}>
                <option value="0">立即失效</option>
                <option value="60">1 小时</option>
                <option value="1440">1 天</option>
                <option value="10080">7 天</option>
              </select>
            </label>
          ) : (
            <p>吊销后该应用的令牌和签名请求立即在所有实例失效，且不可恢复。</p>
          )}
          <button type="button" className="button button--accent" onClick={() => void run()} disabled={busy}>
            {confirming.action === 'rotate' ? '确认更换密钥' : '确认吊销'}
          </button>
          <button type="button" className="button button--ghost" onClick={() => setConfirming(null)}>
            取消
          </button>
        </div>
      ) : (
        <div className="form__actions">
          {admin ? (
            <>
              <button type="button" className="button button--secondary" onClick={onEdit} aria-label={`编辑“${client.name}”`}>
                编辑
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setConfirming({ id: client.id, action: 'rotate' })}
                aria-label={`更换“${client.name}”的密钥`}
              >
                更换密钥
              </button>
            </>
          ) : null}
          <button
            type="button"
            className="button button--ghost"
            onClick={() => setConfirming({ id: client.id, action: 'revoke' })}
            aria-label={`吊销“${client.name}”`}
          >
            吊销
          </button>
        </div>
      )}
      {message ? (
        <p className="hint" role="status">
          {message}
        </p>
      ) : null}
    </li>
  );
}

function Partners({ me }: { me: Me }) {
  const admin = isSystemAdmin(me);
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const query = useQuery(ApiClientsQueryDoc, { variables: { includeRevoked }, fetchPolicy: 'cache-and-network' });
  const { data, loading, error, refetch } = query;
  const control = useFetchMore(query, data?.apiClients);
  const [editing, setEditing] = useState<Client | 'new' | null>(null);
  const [secret, setSecret] = useState<{ name: string; clientId: string; secret: string } | null>(null);

  if (loading && !data) return <Loading label="正在加载合作应用…" />;
  if (error && !data) return <ErrorState message={`合作应用加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  if (!data) return null;
  const items = data.apiClients.nodes;

  return (
    <>
      {secret ? <SecretOnce {...secret} onDone={() => setSecret(null)} /> : null}
      {editing ? (
        <ClientForm
          key={editing === 'new' ? 'new' : editing.id}
          client={editing === 'new' ? null : editing}
          sites={data.sites}
          onCancel={() => setEditing(null)}
          onDone={({ client: saved, secret: s }) => {
            setEditing(null);
            if (s) setSecret({ name: saved.name, clientId: saved.clientId, secret: s });
            void refetch();
          }}
        />
      ) : admin ? (
        <div className="form__actions">
          <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
            登记合作应用
          </button>
        </div>
      ) : null}
      <div className="partner-toolbar">
        <p>
          共 {data.apiClients.totalCount} 个{includeRevoked ? '（含已吊销）' : '有效'}应用
        </p>
        <label className="checkbox">
          <input type="checkbox" checked={includeRevoked} onChange={(e) => setIncludeRevoked(e.target.checked)} />
          <span>显示已吊销的应用</span>
        </label>
      </div>
      {items.length ? (
        <ul className="partner-list">
          {items.map((c) => (
            <ClientRow
              key={c.id}
              client={c}
              admin={admin}
              onEdit={() => setEditing(c)}
              onSecret={(name, clientId, s) => {
                setSecret({ name, clientId, secret: s });
                void refetch();
              }}
            />
          ))}
        </ul>
      ) : (
        <EmptyState title="还没有合作应用">
          <p>{admin ? '点击“登记合作应用”为合作方生成 client_id 和密钥。' : '系统管理员登记后会显示在这里。'}</p>
        </EmptyState>
      )}
      {control}
    </>
  );
}

/** /admin/partners — partner apps (issue 12): list, register, edit, rotate the secret, revoke. SYSTEM_ADMIN; SECURITY_ADMIN may view and revoke. */
export function PartnersPage() {
  usePageTitle('合作应用');
  const { path } = useLocation();
  return (
    <div className="container page">
      <nav className="breadcrumb" aria-label="位置">
        <Link to="/admin">运营后台</Link> / 合作应用
      </nav>
      <h1>合作应用</h1>
      <p className="page__lead">
        接入平台 GraphQL 接口的合作方应用：授权范围、调用配额、允许的浏览器来源和回调地址。接入说明见<Link to="/developers">开发者页面</Link>。
      </p>
      <Gate
        next={path}
        allowed={mayManage}
        refusal={
          <EmptyState title="您没有管理合作应用的权限">
            <p>合作应用由系统管理员登记和维护，安全管理员可以查看和吊销。</p>
          </EmptyState>
        }
      >
        {(me) => <Partners me={me} />}
      </Gate>
    </div>
  );
}
