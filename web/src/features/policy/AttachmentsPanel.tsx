import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import { describeRequestError } from '../../lib/errors.js';

const AttachmentsQuery = graphql(`
  query PolicyEditorAttachments($id: ID!) {
    policy(id: $id) {
      id
      status
      attachments {
        id
        fileName
        contentType
        sizeBytes
        sha256
      }
    }
  }
`);

const AddMutation = graphql(`
  mutation PolicyAttachmentAddUpload($input: PolicyAttachmentAddInput!) {
    policyAttachmentAdd(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

const RemoveMutation = graphql(`
  mutation PolicyAttachmentRemove($input: PolicyAttachmentRemoveInput!) {
    policyAttachmentRemove(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

export const attachmentUrl = (id: string) => `/files/policy-attachments/${encodeURIComponent(id)}`;

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Streams the file to the upload route (no base64, no GraphQL body cap); returns the upload's id or throws a Chinese message. */
async function upload(file: File): Promise<string> {
  const res = await fetch('/files/policy-attachments', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': file.type || 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name) },
    body: file,
  });
  const body = (await res.json().catch(() => null)) as { upload?: { id: string }; errors?: { message: string }[] } | null;
  if (res.ok && body?.upload) return body.upload.id;
  throw new Error(body?.errors?.map((e) => e.message).join('；') || `上传失败（${res.status}）`);
}

/** Attachments of a policy: stored unchanged with their SHA-256, downloadable byte for byte. */
export function AttachmentsPanel({ policyId, editable }: { policyId: string; editable: boolean }) {
  const { data, loading, error, refetch } = useQuery(AttachmentsQuery, { variables: { id: policyId }, fetchPolicy: 'cache-and-network' });
  const [add] = useMutation(AddMutation);
  const [remove] = useMutation(RemoveMutation);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const id = `att-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState message={`附件加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} />;
  const policy = data?.policy;
  if (!policy) return null;
  const canEdit = editable && policy.status !== 'WITHDRAWN';

  async function attach() {
    const file = input.current?.files?.[0];
    if (!file) return setMessage('请选择文件');
    setBusy(true);
    setMessage('');
    try {
      const uploadId = await upload(file);
      const { data: result } = await add({ variables: { input: { policyId, uploadId } } });
      const errors = result?.policyAttachmentAdd.errors ?? [];
      if (errors.length) setMessage(errors.map((e) => e.message).join('；'));
      else {
        if (input.current) input.current.value = '';
        await refetch();
      }
    } catch (err) {
      setMessage(err instanceof Error && !('networkError' in err) ? err.message : describeRequestError(err));
    } finally {
      setBusy(false);
    }
  }

  async function drop(attachmentId: string) {
    try {
      const { data: result } = await remove({ variables: { input: { attachmentId } } });
      const errors = result?.policyAttachmentRemove.errors ?? [];
      if (errors.length) setMessage(errors.map((e) => e.message).join('；'));
      else await refetch();
    } catch (err) {
      setMessage(describeRequestError(err));
    }
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>附件</h2>
      {policy.attachments.length ? (
        <ul className="policy-attachments" data-testid="editor-attachments">
          {policy.attachments.map((a) => (
            <li key={a.id}>
              <a href={attachmentUrl(a.id)} download={a.fileName}>
                {a.fileName}
              </a>{' '}
              <span className="hint">
                {formatSize(a.sizeBytes)} · SHA-256 <span className="mono">{a.sha256.slice(0, 16)}…</span>
              </span>
              {canEdit ? (
                <button type="button" className="button button--ghost" onClick={() => void drop(a.id)}>
                  删除
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>暂无附件。</p>
      )}
      {canEdit ? (
        <div className="form__actions">
          <label htmlFor={id}>上传附件（PDF、Word、Excel、图片或压缩包，不超过 10 MB）</label>
          <input id={id} ref={input} type="file" accept=".pdf,.doc,.docx,.xls,.xlsx,.wps,.ofd,.txt,.csv,.zip,.png,.jpg,.jpeg" />
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void attach()}>
            {busy ? '正在上传…' : '上传'}
          </button>
        </div>
      ) : null}
      {message ? (
        <p className="field-error" role="alert" data-testid="attachment-error">
          {message}
        </p>
      ) : null}
    </section>
  );
}
