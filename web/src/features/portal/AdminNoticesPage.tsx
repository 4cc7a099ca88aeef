import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { FormAlert, TextAreaField, TextField, focusFirstInvalid } from '../../components/forms.js';
import { Gate, isOperator } from '../../components/gate.js';
import { EmptyState, ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import { chinaDate } from '../../lib/china-time.js';
import { describeRequestError, groupErrors, NO_ERRORS, type FormErrors } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/page.js';
import { Link, useLocation } from '../../lib/router.js';
import './portal.css';

/** /admin/notices: operators write, publish, withdraw and delete the site's 通知公告. */

const AdminNoticesQuery = graphql(`
  query AdminNotices($first: Int, $after: String) {
    notices(first: $first, after: $after, drafts: true) {
      totalCount
      nodes {
        id
        title
        body
        pinned
        provinceOnly
        publishedAt
        updatedAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const NoticeCreate = graphql(`
  mutation NoticeCreate($input: NoticeCreateInput!) {
    noticeCreate(input: $input) {
      notice {
        id
        title
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const NoticeUpdate = graphql(`
  mutation NoticeUpdate($input: NoticeUpdateInput!) {
    noticeUpdate(input: $input) {
      notice {
        id
        title
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const NoticePublish = graphql(`
  mutation NoticePublish($input: NoticeIdInput!) {
    noticePublish(input: $input) {
      notice {
        id
        publishedAt
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const NoticeUnpublish = graphql(`
  mutation NoticeUnpublish($input: NoticeIdInput!) {
    noticeUnpublish(input: $input) {
      notice {
        id
        publishedAt
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const NoticeDelete = graphql(`
  mutation NoticeDelete($input: NoticeIdInput!) {
    noticeDelete(input: $input) {
      deletedId
      errors {
        code
        field
        message
      }
    }
  }
`);

interface Draft {
  id: string | null;
  title: string;
  body: string;
  pinned: boolean;
  provinceOnly: boolean;
}

const EMPTY: Draft = { id: null, title: '', body: '', pinned: false, provinceOnly: false };
const FIELDS = ['title', 'body'];
type Action = 'publish' | 'unpublish' | 'delete';
const ACTION_LABELS: Record<Action, string> = { publish: '发布', unpublish: '撤回', delete: '删除' };

function NoticeForm({ initial, onDone, onCancel }: { initial: Draft; onDone: (message: string) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [create, { loading: creating }] = useMutation(NoticeCreate, { refetchQueries: ['AdminNotices'] });
  const [update, { loading: updating }] = useMutation(NoticeUpdate, { refetchQueries: ['AdminNotices'] });
  const form = useRef<HTMLFormElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const fields = { title: draft.title, body: draft.body, pinned: draft.pinned, provinceOnly: draft.provinceOnly };
      const errs = draft.id
        ? (await update({ variables: { input: { id: draft.id, ...fields } } })).data?.noticeUpdate.errors
        : (await create({ variables: { input: fields } })).data?.noticeCreate.errors;
      if (errs?.length) {
        setErrors(groupErrors(errs, FIELDS));
        requestAnimationFrame(() => focusFirstInvalid(form.current));
        return;
      }
      onDone(draft.id ? `已保存“${draft.title.trim()}”。` : `已创建“${draft.title.trim()}”（未发布）。`);
    } catch (err) {
      setErrors({ fields: {}, form: [`保存失败。${describeRequestError(err)}`] });
    }
  }

  return (
    <form ref={form} className="panel form" aria-label={draft.id ? '编辑通知公告' : '新建通知公告'} onSubmit={(e) => void submit(e)} noValidate>
      <h2>{draft.id ? '编辑通知公告' : '新建通知公告'}</h2>
      <FormAlert messages={errors.form} />
      <TextField
        name="title"
        label="标题"
        required
        maxLength={100}
        value={draft.title}
        onValueChange={(title) => setDraft({ ...draft, title })}
        errors={errors.fields.title}
      />
      <TextAreaField
        name="body"
        label="正文"
        required
        rows={8}
        hint="可粘贴网页内容或输入纯文本（空行分段）；保存时去除脚本、样式等不安全内容。"
        value={draft.body}
        onValueChange={(body) => setDraft({ ...draft, body })}
        errors={errors.fields.body}
      />
      <label className="checkbox">
        <input type="checkbox" checked={draft.pinned} onChange={(e) => setDraft({ ...draft, pinned: e.target.checked })} /> 置顶
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={draft.provinceOnly} onChange={(e) => setDraft({ ...draft, provinceOnly: e.target.checked })} />{' '}
        仅本站显示（下级站点不继承）
      </label>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={creating || updating}>
          {creating || updating ? '正在保存…' : '保存'}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}

function NoticeAdmin() {
  const { data, loading, error, refetch } = useQuery(AdminNoticesQuery, { variables: { first: 100 }, fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Draft | null>(null);
  const [confirming, setConfirming] = useState<{ id: string; title: string; action: Action } | null>(null);
  const [message, setMessage] = useState('');
  const [actionError, setActionError] = useState('');
  const [publish] = useMutation(NoticePublish, { refetchQueries: ['AdminNotices'] });
  const [unpublish] = useMutation(NoticeUnpublish, { refetchQueries: ['AdminNotices'] });
  const [remove] = useMutation(NoticeDelete, { refetchQueries: ['AdminNotices'] });

  async function run() {
    if (!confirming) return;
    const { id, title, action } = confirming;
    setActionError('');
    try {
      const input = { id };
      const errs =
        action === 'publish'
          ? (await publish({ variables: { input } })).data?.noticePublish.errors
          : action === 'unpublish'
            ? (await unpublish({ variables: { input } })).data?.noticeUnpublish.errors
            : (await remove({ variables: { input } })).data?.noticeDelete.errors;
      if (errs?.length) setActionError(errs.map((e) => e.message).join('；'));
      else setMessage(`已${ACTION_LABELS[action]}“${title}”。`);
    } catch (err) {
      setActionError(`${ACTION_LABELS[action]}失败。${describeRequestError(err)}`);
    }
    setConfirming(null);
  }

  if (loading && !data) return <Loading label="正在加载通知公告…" />;
  if (error && !data) return <ErrorState message={`通知公告加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  const nodes = data?.notices.nodes ?? [];
  return (
    <>
      {message ? (
        <p className="notice" role="status" data-testid="notice-admin-message">
          {message}
        </p>
      ) : null}
      {actionError ? (
        <p className="notice notice--error" role="alert">
          {actionError}
        </p>
      ) : null}
      {editing ? (
        <NoticeForm
          key={editing.id ?? 'new'}
          initial={editing}
          onCancel={() => setEditing(null)}
          onDone={(m) => {
            setEditing(null);
            setMessage(m);
          }}
        />
      ) : (
        <p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setMessage('');
              setEditing(EMPTY);
            }}
          >
            新建通知公告
          </button>
        </p>
      )}
      {confirming ? (
        <div className="panel" role="alertdialog" aria-labelledby="notice-confirm-text" data-testid="notice-confirm">
          <p id="notice-confirm-text">
            确定{ACTION_LABELS[confirming.action]}“{confirming.title}”吗？
            {confirming.action === 'publish'
              ? '发布后所有访问者（含下级站点）都能看到。'
              : confirming.action === 'delete'
                ? '删除后不能恢复。'
                : '撤回后公众将看不到它。'}
          </p>
          <div className="form__actions">
            <button type="button" className="button button--primary" onClick={() => void run()}>
              确认{ACTION_LABELS[confirming.action]}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setConfirming(null)}>
              取消
            </button>
          </div>
        </div>
      ) : null}
      <p className="search-count">共 {data?.notices.totalCount ?? 0} 条（本站及下级站点）</p>
      {nodes.length ? (
        <ul className="news-list panel" aria-label="通知公告">
          {nodes.map((n) => (
            <li key={n.id} className="notice-admin__row" data-testid="notice-admin-row">
              <span className="notice-admin__title">
                {n.pinned ? <span className="badge badge--pending pin-badge">置顶</span> : null}
                <Link to={`/notices/${encodeURIComponent(n.id)}`}>{n.title}</Link>{' '}
                <span className={`badge badge--${n.publishedAt ? 'verified' : 'pending'}`}>
                  {n.publishedAt ? `已发布 ${chinaDate(n.publishedAt)}` : '未发布'}
                </span>
              </span>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setMessage('');
                  setEditing({ id: n.id, title: n.title, body: n.body, pinned: n.pinned, provinceOnly: n.provinceOnly });
                }}
              >
                编辑
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setConfirming({ id: n.id, title: n.title, action: n.publishedAt ? 'unpublish' : 'publish' })}
              >
                {n.publishedAt ? '撤回' : '发布'}
              </button>
              <button type="button" className="button button--ghost" onClick={() => setConfirming({ id: n.id, title: n.title, action: 'delete' })}>
                删除
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="还没有通知公告">
          <p>点击“新建通知公告”撰写第一条。</p>
        </EmptyState>
      )}
    </>
  );
}

export function AdminNoticesPage() {
  usePageTitle('通知公告管理');
  const { path } = useLocation();
  return (
    <div className="container page">
      <nav className="breadcrumb" aria-label="当前位置">
        <Link to="/admin">运营后台</Link> › 通知公告
      </nav>
      <h1>通知公告管理</h1>
      <Gate
        next={path}
        allowed={isOperator}
        refusal={
          <EmptyState title="需要平台运营人员角色">
            <p>通知公告由平台运营人员发布和维护。</p>
          </EmptyState>
        }
      >
        {() => <NoticeAdmin />}
      </Gate>
    </div>
  );
}
