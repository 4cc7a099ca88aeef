import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormAlert, TextAreaField } from '../../components/forms.js';
import { graphql } from '../../gql/index.js';
import type { DockingStatus } from '../../gql/graphql.js';
import { describeRequestError, groupErrors, hasErrors, NO_ERRORS, type FormErrors, type UserError } from '../../lib/errors.js';
import { fieldOf } from './fields.js';

/** What the parties do on a docking page: status actions, messages, the rating and its reply (each mutation returns DockingFields, so the page updates from the cache). */

export type DockingSide = 'enterprise' | 'institution';
export const OPEN: readonly DockingStatus[] = ['SUBMITTED', 'ACCEPTED', 'IN_SERVICE'];

const AcceptMutation = graphql(`
  mutation DockingAccept($input: DockingActionInput!) {
    dockingAccept(input: $input) {
      docking {
        ...DockingFields
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
const DeclineMutation = graphql(`
  mutation DockingDecline($input: DockingActionInput!) {
    dockingDecline(input: $input) {
      docking {
        ...DockingFields
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
const StartMutation = graphql(`
  mutation DockingStart($input: DockingActionInput!) {
    dockingStart(input: $input) {
      docking {
        ...DockingFields
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
const CompleteMutation = graphql(`
  mutation DockingComplete($input: DockingActionInput!) {
    dockingComplete(input: $input) {
      docking {
        ...DockingFields
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
const CancelMutation = graphql(`
  mutation DockingCancel($input: DockingActionInput!) {
    dockingCancel(input: $input) {
      docking {
        ...DockingFields
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
const UrgeMutation = graphql(`
  mutation DockingUrge($input: DockingActionInput!) {
    dockingUrge(input: $input) {
      docking {
        ...DockingFields
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
const MessageMutation = graphql(`
  mutation DockingMessageSend($input: DockingMessageInput!) {
    dockingMessageSend(input: $input) {
      docking {
        ...DockingFields
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
const EvaluateMutation = graphql(`
  mutation DockingEvaluate($input: DockingEvaluateInput!) {
    dockingEvaluate(input: $input) {
      docking {
        ...DockingFields
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
const EvaluationReplyMutation = graphql(`
  mutation DockingEvaluationReply($input: DockingEvaluationReplyInput!) {
    dockingEvaluationReply(input: $input) {
      docking {
        ...DockingFields
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

type Payload = { errors: readonly UserError[]; docking?: unknown } | null | undefined;

/** Runs one docking mutation and turns its payload errors (or a failed request) into form errors by field. */
function useAction(fields: readonly string[]) {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState<string | null>(null);
  async function run(name: string, call: () => Promise<Payload>): Promise<boolean> {
    setErrors(NO_ERRORS);
    setBusy(name);
    try {
      const payload = await call();
      const found = groupErrors(
        (payload?.errors ?? []).map((e) => ({ ...e, field: fieldOf(e.field) })),
        fields,
      );
      if (hasErrors(found)) {
        setErrors(found);
        return false;
      }
      if (!payload?.docking) {
        setErrors({ fields: {}, form: ['操作失败，请稍后重试。'] });
        return false;
      }
      return true;
    } catch (err) {
      setErrors({ fields: {}, form: [`操作失败。${describeRequestError(err)}`] });
      return false;
    } finally {
      setBusy(null);
    }
  }
  return { errors, busy, run };
}

/** Status actions of the side whose turn it is, with one note box (a reason is required when declining). */
export function StatusActions({ id, status, side, onDone }: { id: string; status: DockingStatus; side: DockingSide; onDone?: (message: string) => void }) {
  const [note, setNote] = useState('');
  const { errors, busy, run } = useAction(['note']);
  const [accept] = useMutation(AcceptMutation);
  const [decline] = useMutation(DeclineMutation);
  const [start] = useMutation(StartMutation);
  const [complete] = useMutation(CompleteMutation);
  const [cancel] = useMutation(CancelMutation);
  const [urge] = useMutation(UrgeMutation);
  const input = () => ({ input: { dockingId: id, note: note.trim() || null } });
  const [confirming, setConfirming] = useState<string | null>(null);
  const act = async (b: (typeof buttons)[number]) => {
    setConfirming(null);
    onDone?.('');
    if (await run(b.name, b.call)) {
      setNote('');
      onDone?.(b.done);
    }
  };

  const buttons: { name: string; label: string; kind: string; call: () => Promise<Payload>; done: string; confirm?: string }[] = [];
  if (side === 'institution') {
    if (status === 'SUBMITTED')
      buttons.push({
        name: 'accept',
        label: '受理',
        kind: 'primary',
        done: '已受理，请与企业联系并开始服务。',
        call: async () => (await accept({ variables: input() })).data?.dockingAccept,
      });
    if (status === 'ACCEPTED')
      buttons.push({
        name: 'start',
        label: '开始服务',
        kind: 'primary',
        done: '已开始服务。',
        call: async () => (await start({ variables: input() })).data?.dockingStart,
      });
    if (status === 'SUBMITTED' || status === 'ACCEPTED')
      buttons.push({
        name: 'decline',
        label: '拒绝',
        kind: 'secondary',
        done: '已拒绝该对接请求，理由已告知企业。',
        call: async () => (await decline({ variables: input() })).data?.dockingDecline,
      });
  } else {
    if (status === 'IN_SERVICE')
      buttons.push({
        name: 'complete',
        label: '确认完成',
        kind: 'primary',
        done: '已确认服务完成，欢迎评价本次服务。',
        call: async () => (await complete({ variables: input() })).data?.dockingComplete,
      });
    if (OPEN.includes(status))
      buttons.push({
        name: 'urge',
        label: '催办',
        kind: 'secondary',
        done: '已催办，服务机构将收到提醒。',
        call: async () => (await urge({ variables: input() })).data?.dockingUrge,
      });
    if (status === 'SUBMITTED' || status === 'ACCEPTED')
      buttons.push({
        name: 'cancel',
        label: '撤销对接',
        kind: 'ghost',
        done: '已撤销该对接请求。',
        confirm: '确认撤销该对接请求？撤销后服务机构将不再办理，且无法恢复。',
        call: async () => (await cancel({ variables: input() })).data?.dockingCancel,
      });
  }
  if (!buttons.length) return null;
  const asking = buttons.find((b) => b.name === confirming && b.confirm);
  return (
    <section aria-labelledby="docking-actions-title" className="policy-section docking-actions">
      <h2 id="docking-actions-title">办理操作</h2>
      <FormAlert messages={errors.form} />
      <TextAreaField
        name="note"
        label={side === 'institution' ? '说明或拒绝理由' : '说明或催办事由'}
        rows={2}
        maxLength={1000}
        value={note}
        onValueChange={setNote}
        hint={side === 'institution' ? '拒绝时必须填写理由（不超过 1000 字）' : '每个对接事项每天可催办一次'}
        errors={errors.fields.note}
      />
      {asking ? (
        <div className="docking-actions__confirm" role="group" aria-label={asking.label}>
          <p>{asking.confirm}</p>
          <div className="form__actions">
            <button type="button" className="button button--primary" disabled={!!busy} onClick={() => void act(asking)}>
              {busy === asking.name ? '正在处理…' : `确认${asking.label}`}
            </button>
            <button type="button" className="button button--ghost" disabled={!!busy} onClick={() => setConfirming(null)}>
              取消
            </button>
          </div>
        </div>
      ) : (
        <div className="form__actions">
          {buttons.map((b) => (
            <button
              key={b.name}
              type="button"
              className={`button button--${b.kind}`}
              disabled={!!busy}
              onClick={() => (b.confirm ? setConfirming(b.name) : void act(b))}
            >
              {busy === b.name ? '正在处理…' : b.label}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}

export function MessageBox({ id }: { id: string }) {
  const [body, setBody] = useState('');
  const { errors, busy, run } = useAction(['body']);
  const [send] = useMutation(MessageMutation);
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (await run('send', async () => (await send({ variables: { input: { dockingId: id, body: body.trim() } } })).data?.dockingMessageSend)) setBody('');
  }
  return (
    <form className="form docking-message-form" aria-label="发送留言" onSubmit={(e) => void onSubmit(e)} noValidate>
      <FormAlert messages={errors.form} />
      <TextAreaField name="body" label="留言内容" required rows={3} maxLength={2000} value={body} onValueChange={setBody} errors={errors.fields.body} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={!!busy}>
          {busy ? '正在发送…' : '发送留言'}
        </button>
      </div>
    </form>
  );
}

export const DIMENSIONS = [
  { name: 'quality', label: '服务质量' },
  { name: 'timeliness', label: '响应及时' },
  { name: 'attitude', label: '服务态度' },
  { name: 'professionalism', label: '专业水平' },
] as const;
type Dimension = (typeof DIMENSIONS)[number]['name'];

export function EvaluateForm({ id }: { id: string }) {
  const [scores, setScores] = useState<Record<Dimension, number>>({ quality: 5, timeliness: 5, attitude: 5, professionalism: 5 });
  const [comment, setComment] = useState('');
  const { errors, busy, run } = useAction(['comment', ...DIMENSIONS.map((d) => d.name)]);
  const [evaluate] = useMutation(EvaluateMutation);
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    await run(
      'evaluate',
      async () => (await evaluate({ variables: { input: { dockingId: id, ...scores, comment: comment.trim() || null } } })).data?.dockingEvaluate,
    );
  }
  return (
    <form className="form" aria-label="评价服务" onSubmit={(e) => void onSubmit(e)} noValidate>
      <FormAlert messages={errors.form} />
      <div className="docking-ratings">
        {DIMENSIONS.map((d) => (
          <fieldset key={d.name} className="docking-rating">
            <legend>{d.label}</legend>
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n}>
                <input type="radio" name={d.name} value={n} checked={scores[d.name] === n} onChange={() => setScores((s) => ({ ...s, [d.name]: n }))} />
                {n} 分
              </label>
            ))}
            {errors.fields[d.name]?.map((m, i) => (
              <p key={i} className="field-error" data-testid={`error-${d.name}`}>
                {m}
              </p>
            ))}
          </fieldset>
        ))}
      </div>
      <TextAreaField name="comment" label="评价内容" rows={3} maxLength={1000} value={comment} onValueChange={setComment} errors={errors.fields.comment} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={!!busy}>
          {busy ? '正在提交…' : '提交评价'}
        </button>
      </div>
    </form>
  );
}

export function ReplyForm({ id }: { id: string }) {
  const [reply, setReply] = useState('');
  const { errors, busy, run } = useAction(['reply']);
  const [send] = useMutation(EvaluationReplyMutation);
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    await run('reply', async () => (await send({ variables: { input: { dockingId: id, reply: reply.trim() } } })).data?.dockingEvaluationReply);
  }
  return (
    <form className="form" aria-label="回复评价" onSubmit={(e) => void onSubmit(e)} noValidate>
      <FormAlert messages={errors.form} />
      <TextAreaField
        name="reply"
        label="回复内容"
        required
        rows={2}
        maxLength={1000}
        value={reply}
        onValueChange={setReply}
        hint="评价只能回复一次"
        errors={errors.fields.reply}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={!!busy}>
          {busy ? '正在提交…' : '提交回复'}
        </button>
      </div>
    </form>
  );
}
