import { useMutation, useQuery } from '@apollo/client/react';
import { useConfirm } from '../../components/feedback.js';
import { useState, type FormEvent } from 'react';
import { FormAlert, TextAreaField } from '../../components/forms.js';
import { ErrorState, Loading } from '../../components/status.js';
import { graphql } from '../../gql/index.js';
import { InvitationContactKindLabel } from '../../gql/labels.js';
import { formatDateTime } from '../../lib/codes.js';
import { describeRequestError } from '../../lib/errors.js';

const ActivityInvitationsQuery = graphql(`
  query ActivityInvitationsPanel($activityId: ID!) {
    activityInvitations(activityId: $activityId, first: 100) {
      totalCount
      nodes {
        id
        contactKind
        contact
        createdAt
      }
    }
  }
`);

const ActivityInvitationsAddMutation = graphql(`
  mutation ActivityInvitationsAdd($input: ActivityInvitationsAddInput!) {
    activityInvitationsAdd(input: $input) {
      invitations {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const ActivityInvitationRevokeMutation = graphql(`
  mutation ActivityInvitationRevoke($input: ActivityInvitationRevokeInput!) {
    activityInvitationRevoke(input: $input) {
      invitation {
        id
        revokedAt
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const MAX_PER_CALL = 100;

/** Where a payload error points (contacts.N) as the line the organiser typed. */
function lineMessage(field: string | null | undefined, message: string, lines: readonly number[]): string {
  const m = /^contacts\.(\d+)$/.exec(field ?? '');
  return m ? `第 ${(lines[Number(m[1])] ?? 0) + 1} 行：${message}` : message;
}

/** The organiser's invitation list of an activity registered by invitation (定向邀请): add by mobile or e-mail, revoke. */
export function ActivityInvitationsPanel({ activityId }: { activityId: string }) {
  const { data, loading, error, refetch } = useQuery(ActivityInvitationsQuery, { variables: { activityId }, fetchPolicy: 'cache-and-network' });
  const [add, { loading: adding }] = useMutation(ActivityInvitationsAddMutation);
  const [revoke, { loading: revoking }] = useMutation(ActivityInvitationRevokeMutation);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setErrors([]);
    setStatus(null);
    const raw = text.split(/\r?\n/);
    const lines = raw.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
    const contacts = lines.map((i) => raw[i]!.trim());
    if (!contacts.length) return setErrors(['请填写受邀人的手机号码或电子邮箱，每行一个。']);
    if (contacts.length > MAX_PER_CALL) return setErrors([`每次最多邀请 ${MAX_PER_CALL} 人。`]);
    try {
      const res = await add({ variables: { input: { activityId, contacts } } });
      const payload = res.data?.activityInvitationsAdd;
      if (payload?.errors.length) setErrors(payload.errors.map((x) => lineMessage(x.field, x.message, lines)));
      else {
        setText('');
        setStatus(`已邀请 ${payload?.invitations?.length ?? 0} 人。`);
        await refetch();
      }
    } catch (err) {
      setErrors([`邀请失败。${describeRequestError(err)}`]);
    }
  }

  const [confirm, dialog] = useConfirm();
  async function onRevoke(invitationId: string, contact: string) {
    setErrors([]);
    setStatus(null);
    const ok = await confirm({
      title: '确认撤销邀请？',
      message: `撤销后 ${contact} 不能再报名该活动（已报名的不受影响）。`,
      confirmLabel: '撤销邀请',
      danger: true,
    });
    if (!ok) return;
    try {
      const res = await revoke({ variables: { input: { invitationId } } });
      const payload = res.data?.activityInvitationRevoke;
      if (payload?.errors.length) setErrors(payload.errors.map((x) => x.message));
      else setStatus('已撤销邀请，该联系人不能再报名（已报名的不受影响）。');
      await refetch();
    } catch (err) {
      setErrors([`撤销失败。${describeRequestError(err)}`]);
    }
  }

  const list = data?.activityInvitations;
  return (
    <section className="form" aria-labelledby="activity-invitations-title">
      <h2 id="activity-invitations-title">邀请名单</h2>
      <p className="hint">本活动仅限受邀人员报名：账号的手机号码或电子邮箱在名单中才能报名。</p>
      {dialog}
      <form aria-label="邀请参加活动" onSubmit={(e) => void onSubmit(e)} noValidate>
        <FormAlert messages={errors} />
        {status ? (
          <p className="notice" role="status">
            {status}
          </p>
        ) : null}
        <TextAreaField
          name="contacts"
          label="受邀人手机号码或电子邮箱"
          rows={4}
          value={text}
          onValueChange={setText}
          hint={`每行一个，每次最多 ${MAX_PER_CALL} 个`}
        />
        <div className="form__actions">
          <button type="submit" className="button button--secondary" disabled={adding}>
            {adding ? '正在邀请…' : '邀请'}
          </button>
        </div>
      </form>
      {loading && !data ? <Loading label="正在加载邀请名单…" /> : null}
      {error && !data ? <ErrorState message={`邀请名单加载失败。${describeRequestError(error)}`} onRetry={() => void refetch()} /> : null}
      {list ? (
        list.nodes.length ? (
          <>
            <p className="hint">
              共邀请 {list.totalCount} 人{list.totalCount > list.nodes.length ? `，显示前 ${list.nodes.length} 人` : ''}。
            </p>
            <ul className="invitation-list" aria-label="已邀请">
              {list.nodes.map((i) => (
                <li key={i.id}>
                  <span>
                    {InvitationContactKindLabel[i.contactKind]} {i.contact}
                  </span>
                  <span className="hint"> 邀请于 {formatDateTime(i.createdAt)} </span>
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={revoking}
                    onClick={() => void onRevoke(i.id, i.contact)}
                    aria-label={`撤销对 ${i.contact} 的邀请`}
                  >
                    撤销
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="hint">尚未邀请任何人。</p>
        )
      ) : null}
    </section>
  );
}
